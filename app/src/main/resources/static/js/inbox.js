/* Inbox: the "select every row" box of the bulk actions (without JavaScript each row is marked on its own), and a
   guard on the counts' poll: an answer that is not the tabs (the sign-in page after the session ended) is ignored. */
(function () {
  "use strict";
  document.addEventListener("htmx:beforeSwap", function (event) {
    var target = event.detail.target;
    if (target && target.id === "inbox-tabs"
        && (!event.detail.xhr || event.detail.xhr.status !== 200
            || event.detail.xhr.responseText.indexOf('id="inbox-tabs"') < 0)) {
      event.detail.shouldSwap = false;
    }
  });
  document.addEventListener("DOMContentLoaded", function () {
    var all = document.querySelector("[data-select-all]");
    if (!all) { return; }
    all.hidden = false;
    all.closest("th").querySelector("[data-select-all-label]").hidden = false;
    var rows = function () { return document.querySelectorAll("[data-keyboard-list] [data-row] input[name=task]"); };
    all.addEventListener("change", function () {
      rows().forEach(function (box) { box.checked = all.checked; });
    });
    document.addEventListener("change", function (event) {
      if (event.target.name === "task") {
        var boxes = Array.prototype.slice.call(rows());
        all.checked = boxes.length > 0 && boxes.every(function (box) { return box.checked; });
      }
    });
  });
})();

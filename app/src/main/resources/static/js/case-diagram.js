/* Case pages: draws the case's process with the bpmn-js viewer (vendored, loaded only here) and marks where the case
   stands: the current steps (data-active), the end event reached (data-reached) and, lighter, the steps passed
   (data-done). A step inside a collapsed sub-process is marked on the sub-process's own plane, and the collapsed
   sub-process on the plane above gets the same mark, so the main view always shows where the case is; the
   sub-process's open button (named for screen readers) shows the step itself. The figure's caption says the same in
   words, so the page tells it without the drawing. */
(function () {
  "use strict";

  function ids(element, name) {
    var value = element.getAttribute("data-" + name);
    return value ? value.split(" ").filter(Boolean) : [];
  }

  function draw(container) {
    if (typeof window.BpmnJS !== "function") { return; }
    var viewer = new window.BpmnJS({ container: container });
    fetch(container.getAttribute("data-src"), { credentials: "same-origin", headers: { "Accept": "application/xml" } })
      .then(function (response) {
        if (!response.ok) { throw new Error("HTTP " + response.status); }
        return response.text();
      })
      .then(function (xml) { return viewer.importXML(xml); })
      .then(function () {
        var canvas = viewer.get("canvas");
        var registry = viewer.get("elementRegistry");
        var overlays = viewer.get("overlays");
        var marked = {};

        /* The element and, for one inside a collapsed sub-process, each collapsed shape that holds it. */
        function withHolders(element) {
          var chain = [];
          while (element) {
            chain.push(element);
            var root = element;
            while (root.parent) { root = root.parent; }
            element = root === canvas.getRootElement() || !root.businessObject ? null
              : registry.get(root.businessObject.id);
            if (element && chain.indexOf(element) >= 0) { element = null; }
          }
          return chain;
        }

        function mark(list, marker) {
          list.forEach(function (id) {
            var element = registry.get(id);
            if (!element) { return; }
            withHolders(element).forEach(function (shape) {
              if (marked[shape.id] === "case-current") { return; }
              if (marked[shape.id]) { canvas.removeMarker(shape, marked[shape.id]); }
              canvas.addMarker(shape, marker);
              marked[shape.id] = marker;
            });
          });
        }
        mark(ids(container, "active"), "case-current");
        mark(ids(container, "reached"), "case-reached");
        mark(ids(container, "done"), "case-done");

        var label = container.getAttribute("data-open-label") || "";
        overlays.get({ type: "drilldown" }).forEach(function (overlay) {
          var button = overlay.html && overlay.html.querySelector ? overlay.html.querySelector("button") : null;
          button = button || overlay.html;
          if (button && button.setAttribute) {
            var name = overlay.element && overlay.element.businessObject ? overlay.element.businessObject.name : "";
            button.setAttribute("aria-label", label + " " + (name || ""));
            button.setAttribute("title", label + " " + (name || ""));
          }
        });
        canvas.zoom("fit-viewport", "auto");
        /* A phone turned, a window resized: draw the whole process again in the new space. */
        var pending = false;
        window.addEventListener("resize", function () {
          if (pending) { return; }
          pending = true;
          window.requestAnimationFrame(function () {
            pending = false;
            canvas.resized();
            canvas.zoom("fit-viewport", "auto");
          });
        });
        container.setAttribute("data-ready", "true");
      })
      .catch(function () {
        container.textContent = container.getAttribute("data-failed") || "";
        container.classList.add("case-diagram__canvas--failed");
      });
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-case-diagram]"), draw);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();

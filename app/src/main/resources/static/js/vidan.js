/* Vidan workspace: the navigation toggle on phones, the error summary's focus, and the keyboard shortcuts
   (j/k move, Enter opens, c claims, x selects, / searches, ? lists them). No framework; htmx does the rest. */
(function () {
  "use strict";

  function typing(target) {
    return target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  }

  function rows() {
    return Array.prototype.slice.call(document.querySelectorAll("[data-keyboard-list] [data-row]"));
  }

  function activate(row) {
    rows().forEach(function (r) { r.classList.remove("is-active"); r.removeAttribute("aria-current"); });
    if (row) {
      row.classList.add("is-active");
      row.setAttribute("aria-current", "true");
      row.focus({ preventScroll: false });
    }
  }

  function current() {
    return document.querySelector("[data-keyboard-list] [data-row].is-active");
  }

  function move(step) {
    var all = rows();
    if (!all.length) { return; }
    var index = all.indexOf(current());
    var next = index < 0 ? 0 : Math.min(all.length - 1, Math.max(0, index + step));
    activate(all[next]);
  }

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) { return; }
    var row = current();
    switch (event.key) {
      case "j": move(1); break;
      case "k": move(-1); break;
      case "Enter":
        if (row && event.target === row) {
          var open = row.querySelector("[data-open]");
          if (open) { open.click(); }
        } else { return; }
        break;
      case "c":
        if (row) { var claim = row.querySelector("[data-claim]"); if (claim) { claim.click(); } } else { return; }
        break;
      case "x":
        if (row) { var box = row.querySelector("input[type=checkbox]"); if (box) { box.click(); } } else { return; }
        break;
      case "/":
        var search = document.querySelector("[data-shortcut-search]");
        if (search) { search.focus(); search.select(); } else { return; }
        break;
      case "?":
        window.location.href = (document.body.dataset.contextPath || "") + "/shortcuts";
        break;
      default: return;
    }
    event.preventDefault();
  });

  document.addEventListener("click", function (event) {
    var toggle = event.target.closest("[data-nav-toggle]");
    if (toggle) {
      var nav = document.getElementById(toggle.getAttribute("aria-controls"));
      var open = nav.classList.toggle("is-open");
      toggle.setAttribute("aria-expanded", open ? "true" : "false");
    }
    var row = event.target.closest("[data-keyboard-list] [data-row]");
    if (row) { activate(row); }
  });

  function focusErrors() {
    var summary = document.querySelector(".error-summary");
    if (summary) { summary.focus(); }
  }

  /* A change to a field that drives others (data-drives) re-renders its form's fields (hx-trigger="vidan:drives").
     Done here, not in an hx-trigger filter, which htmx would run as code: the Content-Security-Policy allows no eval. */
  document.addEventListener("change", function (event) {
    var field = event.target;
    var form = field.closest ? field.closest("form") : null;
    if (form && field.hasAttribute("data-drives") && window.htmx) { window.htmx.trigger(form, "vidan:drives"); }
  });

  /* htmx requests carry the page's CSRF token. */
  document.addEventListener("htmx:configRequest", function (event) {
    var token = document.querySelector("meta[name=_csrf]");
    var header = document.querySelector("meta[name=_csrf_header]");
    if (token && header) { event.detail.headers[header.content] = token.content; }
  });

  /* How often open lists refresh (ms), for hx-trigger="every …" built by pages. */
  window.vidanRefreshEvery = function () {
    var meta = document.querySelector("meta[name=refresh-every]");
    return meta ? parseInt(meta.content, 10) : 30000;
  };

  /* A form marked data-submit-once is sent once: a second click while the page waits does nothing. (The server's
     one-time form token is the real guard; this only spares the wait.) Coming back to the page re-enables it. */
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.hasAttribute("data-submit-once") || event.defaultPrevented) { return; }
    if (form.dataset.submitted) { event.preventDefault(); return; }
    form.dataset.submitted = "true";
    form.setAttribute("aria-busy", "true");
  });
  window.addEventListener("pageshow", function () {
    document.querySelectorAll("form[data-submit-once]").forEach(function (form) {
      delete form.dataset.submitted;
      form.removeAttribute("aria-busy");
    });
  });

  document.addEventListener("DOMContentLoaded", focusErrors);
  document.addEventListener("htmx:afterSwap", function (event) {
    if (event.detail.target && event.detail.target.querySelector(".error-summary")) { focusErrors(); }
  });
})();

// Progressive enhancement only: every page works without this file.
// No inline handlers (the Content-Security-Policy forbids them): listeners are attached here.
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  function ready(fn) {
    if (document.readyState !== "loading") fn();
    else document.addEventListener("DOMContentLoaded", fn);
  }

  // Type-to-filter any list or table body marked with data-filter on its items.
  function setupFilters() {
    var inputs = document.querySelectorAll("input.quick-filter");
    inputs.forEach(function (input) {
      var target = document.querySelector(input.getAttribute("data-target"));
      if (!target) return;
      var statusBoxes = document.querySelectorAll("input.status-filter");
      function apply() {
        var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
        var statuses = [];
        statusBoxes.forEach(function (b) { if (b.checked) statuses.push(b.value); });
        Array.prototype.forEach.call(target.children, function (item) {
          var hay = (item.getAttribute("data-filter") || item.textContent).toLowerCase();
          var ok = words.every(function (w) { return hay.indexOf(w) !== -1; });
          if (ok && statuses.length && item.hasAttribute("data-status")) {
            ok = statuses.indexOf(item.getAttribute("data-status")) !== -1;
          }
          item.classList.toggle("hidden", !ok);
        });
      }
      input.addEventListener("input", apply);
      statusBoxes.forEach(function (b) { b.addEventListener("change", apply); });
    });
  }

  // Hover (or focus) a fact anywhere: highlight every element carrying the same fact id.
  function setupFactHover() {
    var carriers = document.querySelectorAll("[data-facts], [data-fact]");
    function ids(el) {
      return (el.getAttribute("data-facts") || el.getAttribute("data-fact") || "").split(" ").filter(Boolean);
    }
    function mark(el, on) {
      var wanted = ids(el);
      if (!wanted.length) return;
      carriers.forEach(function (other) {
        var theirs = ids(other);
        if (theirs.some(function (id) { return wanted.indexOf(id) !== -1; })) {
          other.classList.toggle("hover", on);
        }
      });
    }
    carriers.forEach(function (el) {
      el.addEventListener("mouseenter", function () { mark(el, true); });
      el.addEventListener("mouseleave", function () { mark(el, false); });
      el.addEventListener("focusin", function () { mark(el, true); });
      el.addEventListener("focusout", function () { mark(el, false); });
    });
  }

  ready(function () {
    setupFilters();
    setupFactHover();
  });
})();

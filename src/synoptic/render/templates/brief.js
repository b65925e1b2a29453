(function () {
  "use strict";
  // Browsers that do not open a closed <details> on a fragment inside it: open it here.
  function reveal(id, scroll) {
    var target = id && document.getElementById(id);
    if (!target) return;
    for (var e = target.parentElement; e; e = e.parentElement) {
      if (e.tagName === "DETAILS") e.open = true;
    }
    if (scroll) target.scrollIntoView({block: "center"});
  }
  function fromHash() {
    try { reveal(decodeURIComponent(location.hash.slice(1)), true); } catch (err) { /* a malformed hash */ }
  }
  document.addEventListener("click", function (ev) {
    var link = ev.target.closest ? ev.target.closest("a[href^='#']") : null;
    if (link) reveal(decodeURIComponent(link.getAttribute("href").slice(1)), false);
  });
  window.addEventListener("hashchange", fromHash);
  fromHash();
})();

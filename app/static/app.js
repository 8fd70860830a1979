// Comfort only: the portal works without this script.
(function () {
  "use strict";
  var copied = document.documentElement.lang === "en" ? "Citation copied" : "Đã chép trích dẫn";

  function copyText(text, button) {
    var done = function () {
      var original = button.textContent;
      button.textContent = copied;
      button.setAttribute("aria-live", "polite");
      setTimeout(function () { button.textContent = original; }, 1800);
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, function () { fallback(text); done(); });
    } else {
      fallback(text);
      done();
    }
  }

  function fallback(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "absolute";
    area.style.left = "-9999px";
    document.body.appendChild(area);
    area.select();
    try { document.execCommand("copy"); } catch (e) { /* nothing more to do */ }
    document.body.removeChild(area);
    window.__lastCopiedCitation = text;
  }

  function markTarget() {
    var old = document.querySelectorAll(".para.target");
    for (var i = 0; i < old.length; i++) old[i].classList.remove("target");
    var id = decodeURIComponent(location.hash.slice(1));
    if (!id) return;
    var el = document.getElementById(id);
    if (!el) return;
    el.classList.add("target");
    el.setAttribute("tabindex", "-1");
    el.focus({ preventScroll: true });
    // A paragraph in the middle of the screen, with its context; a heading (the filters, a document's details
    // reached from a phone's jump link) at the top, with what it heads below it.
    el.scrollIntoView({ block: el.classList.contains("para") ? "center" : "start" });
  }

  // The find box of a document page: steps through the words the server marked for ?q= (app/render.py, one
  // highlighter); without this script the box still reloads the page with them marked.
  function findInDocument() {
    var form = document.querySelector("form.find-in-doc");
    if (!form) return;
    var marks = document.querySelectorAll(".doc-text mark");
    var steps = form.querySelector(".find-steps");
    var count = form.querySelector(".find-count");
    var current = -1;
    if (!form.querySelector("input[name=q]").value.trim()) return;
    steps.hidden = false;
    if (!marks.length) {
      count.textContent = form.getAttribute("data-none");
      form.querySelector(".find-prev").disabled = true;
      form.querySelector(".find-next").disabled = true;
      return;
    }

    function show(i, scroll) {
      if (current >= 0) {
        marks[current].classList.remove("current");
        marks[current].removeAttribute("aria-current");
      }
      current = (i + marks.length) % marks.length;
      marks[current].classList.add("current");
      marks[current].setAttribute("aria-current", "true");
      count.textContent = (current + 1) + "/" + marks.length;
      if (scroll) marks[current].scrollIntoView({ block: "center" });
    }

    // Arriving at a paragraph (#anchor, from a result): its first match is the current one, and it stays put.
    var target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    var first = 0;
    if (target) {
      for (var i = 0; i < marks.length; i++) {
        if (target.contains(marks[i]) || target.compareDocumentPosition(marks[i]) & Node.DOCUMENT_POSITION_FOLLOWING) {
          first = i;
          break;
        }
      }
    }
    show(first, !target);
    form.querySelector(".find-prev").addEventListener("click", function () { show(current - 1, true); });
    form.querySelector(".find-next").addEventListener("click", function () { show(current + 1, true); });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var buttons = document.querySelectorAll("button.copy-citation");
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].hidden = false;
      buttons[i].addEventListener("click", function (event) {
        var button = event.currentTarget;
        window.__lastCopiedCitation = button.getAttribute("data-citation");
        copyText(button.getAttribute("data-citation"), button);
      });
    }
    markTarget();
    findInDocument();
    // "/" focuses the search box, as on most search sites.
    document.addEventListener("keydown", function (event) {
      var box = document.getElementById("q");
      if (event.key === "/" && box && document.activeElement !== box &&
          !/^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement.tagName)) {
        event.preventDefault();
        box.focus();
      }
    });
  });
  window.addEventListener("hashchange", markTarget);
})();

// Article pages: a quote's speaker on hover, click a quote to go to its speaker, and the
// pieces of one quote (split around overlapping highlights) light up together.
// Text is written with textContent only: nothing from the article becomes markup.
(function () {
  "use strict";
  var tip = document.getElementById("tooltip");
  var text = document.getElementById("article-text");
  if (!text) return;

  function pieces(id) {
    return text.querySelectorAll('q.quote[data-quote="' + CSS.escape(id) + '"]');
  }
  function setActive(id, on) {
    pieces(id).forEach(function (el) { el.classList.toggle("active", on); });
    var row = document.querySelector('.panel-quotes li[data-quote="' + CSS.escape(id) + '"]');
    if (row) row.classList.toggle("active", on);
  }
  function showTip(el, event) {
    if (!tip) return;
    var speaker = el.getAttribute("data-speaker") || "unknown speaker";
    var when = el.getAttribute("data-when");
    tip.textContent = "Speaker: " + speaker + (when ? " · " + when : "") +
      (el.hasAttribute("data-speaker-href") ? " (click for their page)" : "");
    tip.hidden = false;
    var rect = el.getBoundingClientRect();
    var x = (event && event.pageX) || rect.left + window.scrollX;
    tip.style.left = Math.max(4, x - 20) + "px";
    tip.style.top = rect.bottom + window.scrollY + 6 + "px";
  }

  text.addEventListener("mouseover", function (event) {
    var el = event.target.closest && event.target.closest("q.quote");
    if (!el) return;
    setActive(el.getAttribute("data-quote"), true);
    showTip(el, event);
  });
  text.addEventListener("mouseout", function (event) {
    var el = event.target.closest && event.target.closest("q.quote");
    if (!el) return;
    var to = event.relatedTarget && event.relatedTarget.closest && event.relatedTarget.closest("q.quote");
    if (to && to.getAttribute("data-quote") === el.getAttribute("data-quote")) return;
    setActive(el.getAttribute("data-quote"), false);
    if (tip) tip.hidden = true;
  });
  text.addEventListener("click", function (event) {
    if (event.target.closest("a")) return;  // an entity link inside the quote wins
    var el = event.target.closest("q.quote");
    var href = el && el.getAttribute("data-speaker-href");
    // Only our own entity paths are followed.
    if (href && href.indexOf("/entities/") === 0) window.location.assign(href);
  });
})();

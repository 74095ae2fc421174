// Heatmap scroll cue: the shadow at the far edge (right, or left in a right-to-left page) and the "scroll sideways" hint go once nothing is left to see.
(function () {
  "use strict";
  const frame = document.getElementById("heatmap-frame");
  const scroller = document.getElementById("heatmap-scroll");
  const cue = document.getElementById("heatmap-cue");
  if (!frame || !scroller) return;
  function update() {
    // right to left, scrollLeft runs from 0 down to negative values: its size is what has been scrolled
    const atEnd = Math.abs(scroller.scrollLeft) + scroller.clientWidth >= scroller.scrollWidth - 2;
    frame.classList.toggle("at-end", atEnd);
    if (cue) cue.hidden = scroller.scrollWidth <= scroller.clientWidth + 2;
  }
  scroller.addEventListener("scroll", update, { passive: true });
  window.addEventListener("resize", update);
  update();
})();

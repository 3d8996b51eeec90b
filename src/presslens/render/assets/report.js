// presslens report: layer toggles, the tooltip and evidence jumps. Article text is only ever set with
// textContent, never parsed as HTML.
(function () {
  "use strict";
  var findings = JSON.parse(document.getElementById("findings").textContent);
  var text = document.getElementById("text");
  var tip = document.getElementById("tip");

  document.querySelectorAll("#layers input[data-layer]").forEach(function (box) {
    box.addEventListener("change", function () {
      text.classList.toggle("show-" + box.dataset.layer, box.checked);
      hide();
    });
  });

  function shown(layer) {
    return text.classList.contains("show-" + layer);
  }

  function show(seg) {
    var ids = (seg.dataset.f || "").split(" ").filter(function (id) {
      return findings[id] && shown(findings[id].layer);
    });
    if (!ids.length) { hide(); return; }
    tip.replaceChildren();
    ids.forEach(function (id) {
      var f = findings[id];
      var item = document.createElement("div");
      item.className = "item";
      var layer = document.createElement("div");
      layer.className = "layer";
      layer.textContent = f.layer;
      var label = document.createElement("div");
      label.className = "label";
      label.textContent = f.label;
      item.append(layer, label);
      if (f.detail) {
        var detail = document.createElement("div");
        detail.className = "detail";
        detail.textContent = f.detail;
        item.append(detail);
      }
      tip.append(item);
    });
    var box = seg.getBoundingClientRect();
    tip.hidden = false;
    var left = Math.min(window.scrollX + box.left, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8);
    tip.style.left = Math.max(8, left) + "px";
    tip.style.top = (window.scrollY + box.bottom + 6) + "px";
  }

  function hide() {
    tip.hidden = true;
  }

  text.addEventListener("mouseover", function (e) {
    var seg = e.target.closest(".seg");
    if (seg) show(seg);
  });
  text.addEventListener("mouseleave", hide);
  text.addEventListener("focusin", function (e) {
    var seg = e.target.closest(".seg");
    if (seg) show(seg);
  });
  text.addEventListener("focusout", hide);
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape") hide();
  });

  document.querySelectorAll("a.jump").forEach(function (link) {
    link.addEventListener("click", function (e) {
      var target = document.getElementById(link.getAttribute("href").slice(1));
      if (!target) return;
      e.preventDefault();
      target.scrollIntoView({ block: "center" });
      document.querySelectorAll(".flash").forEach(function (x) { x.classList.remove("flash"); });
      // mark the whole passage: the pieces of text from the anchor on, as long as the evidence runs
      var left = parseInt(link.dataset.len || "1", 10);
      for (var piece = target; piece && left > 0; piece = piece.nextElementSibling) {
        piece.classList.add("flash");
        left -= piece.textContent.length;
      }
      if (target.tabIndex >= 0) target.focus({ preventScroll: true });
      history.replaceState(null, "", "#" + target.id);
    });
  });
})();

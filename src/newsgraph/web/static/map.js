// Maps: points over the packaged world outline (world-atlas + topojson-client), and
// over tiles only when the operator configured a tile URL. Without the libraries the
// server-rendered list of places stays visible.
(function () {
  "use strict";
  var maps = document.querySelectorAll("div.map");

  // Rings that cross the antimeridian (Russia, Fiji) jump from +180 to -180 and Leaflet
  // would draw a line across the world: move their western part east by 360 degrees.
  function unwrapRing(ring) {
    var crosses = ring.some(function (p, i) { return i > 0 && Math.abs(p[0] - ring[i - 1][0]) > 180; });
    if (crosses) ring.forEach(function (p) { if (p[0] < 0) p[0] += 360; });
  }
  function unwrap(feature) {
    var g = feature.geometry;
    if (!g) return;
    var polygons = g.type === "Polygon" ? [g.coordinates] : g.type === "MultiPolygon" ? g.coordinates : [];
    polygons.forEach(function (poly) { poly.forEach(unwrapRing); });
  }
  if (!maps.length || typeof window.L === "undefined") return;
  maps.forEach(function (el) {
    var data = document.getElementById(el.id + "-data");
    var points = data ? JSON.parse(data.textContent) : [];
    var map = L.map(el, { worldCopyJump: true, attributionControl: false }).setView([20, 10], 1);
    var tiles = el.getAttribute("data-tiles");
    if (tiles) {
      L.tileLayer(tiles, { maxZoom: 18 }).addTo(map);
    } else if (typeof window.topojson !== "undefined") {
      fetch(el.getAttribute("data-world"))
        .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
        .then(function (world) {
          var land = topojson.feature(world, world.objects.countries);
          land.features = land.features.filter(function (f) { return f.id !== "010"; });  // Antarctica
          land.features.forEach(unwrap);
          L.geoJSON(land, { style: { color: "#8a99ad", weight: 0.7, fillColor: "#f4f1ea", fillOpacity: 1 }, interactive: false })
            .addTo(map).bringToBack();
        })
        .catch(function () { /* outline missing: points still show */ });
    }
    var layer = L.featureGroup().addTo(map);
    points.forEach(function (p) {
      var marker = L.circleMarker([p.lat, p.lon], {
        radius: 5 + Math.min(10, Math.sqrt(p.count || 1) * 2), color: "#b3392b", weight: 1,
        fillColor: "#e0796b", fillOpacity: 0.85, className: "map-point"
      }).addTo(layer);
      var label = document.createElement("span");  // textContent: names are untrusted
      label.textContent = p.label + (p.count ? " · " + p.count : "");
      marker.bindTooltip(label);
    });
    if (points.length) map.fitBounds(layer.getBounds().pad(0.5), { maxZoom: 5 });
    el.classList.add("ready");
    el.setAttribute("data-points", String(points.length));
  });
})();

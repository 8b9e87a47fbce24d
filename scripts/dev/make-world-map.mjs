// Regenerates src/CityPartnerships.Web/wwwroot/lib/world-atlas/land-110m.svg (run once; the result is committed).
// In an empty folder: npm install world-atlas@2 topojson-client@3 d3-geo@3, then node make-world-map.mjs and copy world.svg.
import { readFileSync, writeFileSync } from 'fs';
import { feature } from 'topojson-client';
import { geoEquirectangular, geoPath } from 'd3-geo';
const topo = JSON.parse(readFileSync('node_modules/world-atlas/land-110m.json'));
const land = feature(topo, topo.objects.land);
// 360 x 180 units: x = lon + 180, y = 90 - lat, so the page can place cities without a projection library.
const projection = geoEquirectangular().scale(180 / Math.PI).translate([180, 90]).precision(0.1);
const path = geoPath(projection).digits(1);
const d = path(land);
writeFileSync('world.svg', `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 360 180"><path fill="#d5dde7" d="${d}"/></svg>\n`);
console.log(d.length);

#!/usr/bin/env python3
"""Builds assets/world.svgpath: the world's land as one SVG path in an equirectangular
projection (x = lon + 180, y = 90 - lat, so the viewBox is 0 0 360 180), rounded to 0.1°.

Source: land-110m.json of the npm package world-atlas 2.0.2 (ISC, Mike Bostock), which
redistributes Natural Earth 1:110m land (public domain) as TopoJSON.

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python3 tools/world_outline.py package/land-110m.json > assets/world.svgpath
"""
import json
import sys


def main(path):
    topo = json.load(open(path))
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:  # delta-encoded, quantized
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)

    def ring(indices):
        pts = []
        for i in indices:
            a = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
            pts.extend(a if not pts else a[1:])
        return pts

    out = []
    for geom in topo["objects"]["land"]["geometries"]:
        polys = geom["arcs"] if geom["type"] == "MultiPolygon" else [geom["arcs"]]
        for poly in polys:
            for r in poly:
                pts = ring(r)
                # A ring that crosses the antimeridian is cut there into pieces, each closed
                # on itself, so no stroke runs across the whole map.
                pieces = [[]]
                last = None
                for lon, lat in pts:
                    p = (round(lon + 180, 1), round(90 - lat, 1))
                    if p == last:
                        continue
                    if last is not None and abs(p[0] - last[0]) > 180:
                        pieces.append([])
                    pieces[-1].append("%g %g" % p)
                    last = p
                for cmds in pieces:
                    if len(cmds) >= 3:
                        out.append("M" + "L".join(cmds) + "Z")
    sys.stdout.write("".join(out) + "\n")


main(sys.argv[1])

// Loads a graph.cytoscape.json with the real Cytoscape.js (headless) and prints what it
// sees as JSON: tests/consumers/browser.rs compares that with the graph. Exits non-zero when
// Cytoscape.js refuses the file (a duplicate id, an edge to a missing node, ...).
import { readFileSync } from "node:fs";
import cytoscape from "cytoscape";

const file = process.argv[2];
const json = JSON.parse(readFileSync(file, "utf8"));
// Cytoscape.js only warns about bad elements; a warning is a failure here.
const warnings = [];
console.warn = (...args) => warnings.push(args.join(" "));
const cy = cytoscape({ headless: true, elements: json.elements, data: json.data });
if (warnings.length) {
  console.error(warnings.join("\n"));
  process.exit(1);
}
const sorted = (list) => list.sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
const nodes = sorted(cy.nodes().map((n) => [n.id(), n.data("type"), n.data("mentions"), n.data("aliases"), n.classes()]));
const edges = sorted(cy.edges().map((e) => [e.source().id(), e.target().id(), e.data("relation"), e.data("weight"), e.data("evidence").length, e.data("former") === true, e.classes()]));
// Every node can be found by id, and the classes select what they should.
const found = cy.nodes().every((n) => cy.getElementById(n.id()).same(n));
const byRelation = {};
for (const r of ["meets", "backs", "opposes", "affiliated_with"]) byRelation[r] = cy.$("edge." + r).length;
console.log(JSON.stringify({ nodes, edges, found, byRelation, documents: cy.data("documents").length }));

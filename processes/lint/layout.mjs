// Draws a diagram (BPMN DI) for every model that has none, so Camunda Modeler opens it readable.
// Usage: node layout.mjs ../src/main/resources/request/resident-request.bpmn [...]
import { readFileSync, writeFileSync } from 'node:fs';
import { layoutProcess } from 'bpmn-auto-layout';

for (const file of process.argv.slice(2)) {
  const xml = readFileSync(file, 'utf8');
  if (xml.includes('bpmndi:BPMNDiagram')) {
    console.log(`${file}: has a diagram, left as it is`);
    continue;
  }
  writeFileSync(file, await layoutProcess(xml));
  console.log(`${file}: diagram drawn`);
}

import { readFileSync } from 'node:fs';
import { catalogueSchema } from './catalogue-schema';
import { filterDevices, NO_DEVICE_FILTER } from './device-search';

const { devices } = catalogueSchema.parse(
  JSON.parse(readFileSync(new URL('../../../public/catalogue.json', import.meta.url), 'utf8')),
);
const search = (query: string) =>
  filterDevices(devices, { ...NO_DEVICE_FILTER, query }).map((device) => device.id);
const device = (id: string) => devices.find((candidate) => candidate.id === id)!;

describe('what the Neuron targets offer for NeuronCores', () => {
  it('a search for "2 NeuronCores" finds the devices whose facts say so', () => {
    expect(search('2 NeuronCores')).toEqual(['ml_inf2', 'ml_trn1']);
    expect(search('4 neuroncores')).toContain('ml_inf1');
  });

  it.each([
    ['ml_inf1', '4 NeuronCores', 'model-architecture-fit.html'],
    ['ml_inf2', '2 NeuronCores', 'model-architecture-fit.html'],
    ['ml_trn1', '2 NeuronCores', 'neuron-hardware/trainium.html'],
  ])('%s says it has %s per chip, with its source', (id, count, source) => {
    const fact = device(id).notes.find((note) => note.text.includes(`${count} (NeuronCore`));
    expect(fact?.verified).toBe(true);
    expect(fact?.text).toContain(`Source: AWS Neuron`);
    expect(fact?.text).toContain(source);
  });
});

/**
 * The two spellings of the NeuronCore count flag. On their own, apart from the rest of the
 * flags module, so that the first screen's summary can tell where a flag belongs without
 * loading the flag rules (which load with a target).
 */
export const CORES_FLAGS: readonly string[] = ['--num-neuroncores', '--neuroncore-pipeline-cores'];

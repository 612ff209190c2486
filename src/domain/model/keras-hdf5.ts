/**
 * The root attributes of a Keras HDF5 file (keras/engine/saving.py writes `model_config`,
 * `keras_version`, `backend`, `training_config`; TensorFlow reads `f.attrs.get('model_config')`),
 * read with jsfive, a pure-JavaScript HDF5 reader (no WebAssembly, so no CSP exception; SPEC
 * 6.3). A weights-only file (`save_weights`) has `layer_names` and no `model_config`. The file
 * may be held only in part (its first megabytes): attributes sit in the root object header,
 * near the start; one stored beyond what is held reads as unreadable.
 */
import { File } from 'jsfive';

/** The HDF5 signature, found at 0, 512, 1024, 2048… (HDF5 file format, superblock). */
const SIGNATURE = [0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a];

export function hasHdf5Signature(bytes: Uint8Array): boolean {
  for (let at = 0; at + 8 <= bytes.length && at <= 1 << 20; at = at === 0 ? 512 : at * 2) {
    if (SIGNATURE.every((byte, index) => bytes[at + index] === byte)) return true;
  }
  return false;
}

export type KerasAttributes =
  | {
      ok: true;
      modelConfig?: string;
      kerasVersion?: string;
      backend?: string;
      hasLayerNames: boolean;
      hasTrainingConfig: boolean;
    }
  | { ok: false; reason: string };

const asText = (value: unknown): string | undefined => {
  if (typeof value === 'string') return value;
  if (value instanceof Uint8Array) return new TextDecoder().decode(value);
  if (Array.isArray(value) && typeof value[0] === 'string') return value[0];
  return undefined;
};

export function readKerasAttributes(bytes: Uint8Array): KerasAttributes {
  if (!hasHdf5Signature(bytes))
    return { ok: false, reason: 'it is not an HDF5 file (no HDF5 signature)' };
  try {
    const copy = bytes.slice().buffer;
    const attrs = new File(copy, 'model.h5').attrs;
    return {
      ok: true,
      modelConfig: asText(attrs['model_config']),
      kerasVersion: asText(attrs['keras_version']),
      backend: asText(attrs['backend']),
      hasLayerNames: attrs['layer_names'] !== undefined,
      hasTrainingConfig: attrs['training_config'] !== undefined,
    };
  } catch {
    return { ok: false, reason: 'its root attributes could not be read' };
  }
}

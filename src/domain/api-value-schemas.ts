/** The zod enums of the API's closed sets, derived from the lists in api-values.ts. */
import { z } from 'zod/mini';
import { ACCELERATOR_VALUES, ARCH_VALUES, OS_VALUES, TARGET_DEVICES } from './api-values';

export const targetDeviceSchema = z.enum(TARGET_DEVICES);
export const osSchema = z.enum(OS_VALUES);
export const archSchema = z.enum(ARCH_VALUES);
export const acceleratorSchema = z.enum(ACCELERATOR_VALUES);

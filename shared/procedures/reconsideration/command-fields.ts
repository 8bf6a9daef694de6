import * as z from 'zod/mini';
import { dateField } from '../../validation/dates';
import { optionalText } from '../../validation/text';

/** The fields every action command shares, for the acceptance commands and the review parts alike. */

export const expectedVersion = z
  .number({ error: '请提供 expectedVersion（您看到的案件版本号）' })
  .check(
    z.int({ message: 'expectedVersion 应为整数' }),
    z.minimum(1, { message: 'expectedVersion 应为正整数' }),
  );

/** A date the clerk records; the decide checks it against the case (accepted on, sent on, today). */
export const recordedDate = (labelZh: string) => dateField(labelZh, { min: '2000-01-01' });

export const note = optionalText('说明', { max: 2000, multiline: true });

/** A date as stored in an event (validated when it was recorded; read back as it was written). */
export const storedDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

// The segment operations that only read the open workspace: they answer on the read pool's
// read-only connections, and the same functions serve the service thread.
import type { ReadHandlers } from '../context';
import { martState } from '../../store/analytics/mart-state';
import { describeSegment, describeSegments } from './describe';
import { fieldProfile } from './field-profile';
import { segmentsOfCustomer } from './of-customer';
import { segmentPreview } from './preview';

type SegmentReadOperation = 'segment.list' | 'segment.get' | 'segment.preview' | 'segment.fieldProfile' | 'segment.ofCustomer';

export const segmentReads: ReadHandlers<SegmentReadOperation> = {
  'segment.list': (_input, { db }) => ({ segments: describeSegments(db), asOf: martState(db)?.asOf ?? null }),
  'segment.get': (input, { db }) => describeSegment(db, input.id),
  'segment.preview': (input, { db }) => segmentPreview(db, input),
  'segment.fieldProfile': (input, { db }) => fieldProfile(db, input),
  'segment.ofCustomer': (input, { db }) => ({ segments: segmentsOfCustomer(db, input.customerId) }),
};

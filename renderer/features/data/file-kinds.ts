// Which files the Data page accepts (the list is shared with the desktop app's Open dialog).
import { acceptedExtensions } from '../../../shared/import/file-kinds';

export { acceptedExtensions, extensionOf, isAcceptedFile } from '../../../shared/import/file-kinds';

/** For the file picker's filter. */
export const acceptAttribute = acceptedExtensions.join(',');

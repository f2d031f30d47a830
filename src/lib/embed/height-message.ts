/** The message an embed sends its host page with its height (the host snippet listens for it). */
export const HEIGHT_MESSAGE = 'kim-embed-height';

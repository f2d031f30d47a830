/// <reference lib="webworker" />
/**
 * Loads a dataset off the main thread: the published folder (shipped `data/`
 * or `quelle=`) or the files of a stored version without a validated form,
 * through the same steps as an upload (bytes → decode → parse → validate →
 * Dataset). The page gets the dataset in parts and makes its gazetteer.
 */
import { errorText } from '../data/error-text.ts';
import { datasetMessages, type LoadReply, type LoadRequest } from './load-message.ts';
import { loadHere } from './load-here.ts';

const send = (m: LoadReply) => self.postMessage(m);

self.onmessage = async (e: MessageEvent<LoadRequest>) => {
  try {
    const result = await loadHere(e.data);
    if (!result) return send({ type: 'none' });
    for (const m of datasetMessages(result.dataset, result.done)) send(m);
  } catch (err) {
    send({ type: 'error', message: errorText(err, 'Das Laden des Datensatzes') });
  }
};

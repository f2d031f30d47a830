import { cpSync, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import type { Plugin } from 'vite';

const TYPES: Record<string, string> = {
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves a project folder under `/<name>/` during `vite dev` and copies it into
 * `dist/<name>/` on build, so the dataset stays plain files beside the app.
 */
export function dataFolder(name: string): Plugin {
  const root = resolve(name);
  let outDir = 'dist';
  let building = false;
  return {
    name: 'kim-data-folder',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      // Vite also calls closeBundle when a dev server (or vitest's) shuts down:
      // copy only for a real build, never into vitest's placeholder outDir.
      building = config.command === 'build' && !process.env.VITEST;
    },
    configureServer(server) {
      server.middlewares.use(`/${name}/`, (req, res, next) => {
        const path = normalize(join(root, decodeURIComponent((req.url ?? '').split('?')[0] ?? '')));
        if (!path.startsWith(root) || !existsSync(path) || !statSync(path).isFile()) return next();
        res.setHeader('Content-Type', TYPES[extname(path)] ?? 'application/octet-stream');
        res.end(readFileSync(path));
      });
    },
    closeBundle() {
      if (building && existsSync(root)) cpSync(root, join(outDir, name), { recursive: true });
    },
  };
}

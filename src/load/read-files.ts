// Reads rule files from disk: files as given, folders as their *.json files in
// name order. No validation here, so the check path stays free of zod.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../engine/problems.js';

export interface RawFile {
  path: string;
  text: string;
}

export interface ReadResult {
  files: RawFile[];
  problems: Problem[];
}

export function readRuleTexts(paths: readonly string[]): ReadResult {
  const files: RawFile[] = [];
  const problems: Problem[] = [];
  for (const path of paths) {
    let isFolder: boolean;
    try {
      isFolder = statSync(path).isDirectory();
    } catch (error) {
      problems.push(unreadable(path, error));
      continue;
    }
    const filePaths = isFolder ? listJson(path) : [path];
    if (isFolder && filePaths.length === 0) {
      problems.push({ code: 'unreadable', file: path, path: '', message: 'the folder holds no .json rule files', hint: 'name a rule file or a folder of *.json files' });
    }
    for (const filePath of filePaths) {
      try {
        files.push({ path: filePath, text: readFileSync(filePath, 'utf8') });
      } catch (error) {
        problems.push(unreadable(filePath, error));
      }
    }
  }
  return { files, problems };
}

function listJson(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(folder, name));
}

function unreadable(path: string, error: unknown): Problem {
  const code = (error as NodeJS.ErrnoException).code;
  const reason = code === 'ENOENT' ? 'no such file or folder' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a folder' : String((error as Error).message);
  return { code: 'unreadable', file: path, path: '', message: `cannot read: ${reason}`, hint: 'give the path of a rule file or a folder of *.json files' };
}

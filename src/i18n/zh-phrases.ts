// Phrases both Chinese catalogues use (zh-errors.ts, zh-details.ts), as en-phrases.ts in English.
import { ownEntry } from '../model/own.js';

export const didYouMean = (suggestion: string | undefined): string => (suggestion ? `你是不是想输入 ${suggestion}？` : '');
/** Why a report file cannot be written (WRITE_REASONS in en-phrases.ts), in Chinese. */
const WRITE_REASONS: Readonly<Record<string, string>> = {
  empty: '空路径不指向任何文件',
  plan: '这就是计划文件：写入报告会将其清空；请换一个文件',
  stdout: '标准输出用于输出报告；请为这份报告指定一个文件',
  report: '另一份报告已写在这里；请为每份报告指定不同的文件',
  ENOENT: '所在文件夹不存在',
  ENOTDIR: '路径中有一部分不是文件夹',
  EISDIR: '这是一个文件夹',
  EACCES: '没有权限',
  EPERM: '没有权限',
  EROFS: '文件系统是只读的',
  ENOSPC: '设备上没有剩余空间',
  EDQUOT: '磁盘配额已用完',
  EFBIG: '文件对该文件系统来说太大',
  EIO: '输入/输出错误',
};
export const writeReason = (reason: string) => ownEntry(WRITE_REASONS, reason) ?? reason;

import { zhCN } from './messages/zh-CN.ts';

export type MessageKey = keyof typeof zhCN;
export type Messages = Record<MessageKey, string>;

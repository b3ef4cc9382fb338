/** Admin labels in the editor's language: Chinese (简/繁) and English. */
export const label = (zh: string, en: string) => ({ zh, 'zh-TW': zh, en })

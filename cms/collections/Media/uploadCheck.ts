import { fileTypeFromBuffer, fileTypeFromFile } from 'file-type'
import { ValidationError, type CollectionBeforeOperationHook } from 'payload'

/** What the site shows: photos, and documents people download. Extension per real type. */
export const UPLOAD_TYPES: Record<string, { ext: string[]; maxBytes: number }> = {
  'image/jpeg': { ext: ['jpg', 'jpeg'], maxBytes: 10_000_000 },
  'image/png': { ext: ['png'], maxBytes: 10_000_000 },
  'image/webp': { ext: ['webp'], maxBytes: 10_000_000 },
  'application/pdf': { ext: ['pdf'], maxBytes: 20_000_000 },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
    ext: ['docx'],
    maxBytes: 20_000_000,
  },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
    ext: ['xlsx'],
    maxBytes: 20_000_000,
  },
}
export const MAX_UPLOAD_BYTES = Math.max(...Object.values(UPLOAD_TYPES).map((t) => t.maxBytes))

type UploadedFile = { data?: Buffer; tempFilePath?: string; name: string; size: number }

/** Why a file is refused (in the editor's language), or undefined when it may be stored. */
export async function uploadProblem(file: UploadedFile, lang = 'zh'): Promise<string | undefined> {
  const en = lang === 'en'
  const detected =
    file.data && file.data.length > 0
      ? await fileTypeFromBuffer(file.data)
      : file.tempFilePath
        ? await fileTypeFromFile(file.tempFilePath)
        : undefined
  const allowed = detected ? UPLOAD_TYPES[detected.mime] : undefined
  // the content decides, never the name or the browser's claim; SVG (script-capable) is not on the list
  if (!detected || !allowed)
    return en
      ? 'Only JPEG, PNG or WebP images and PDF, DOCX or XLSX documents can be uploaded; this file is something else.'
      : '只能上传 JPEG、PNG、WebP 图片和 PDF、DOCX、XLSX 文档；此文件的实际类型不符。'
  const ext = file.name.split('.').pop()?.toLowerCase() ?? ''
  if (!allowed.ext.includes(ext))
    return en
      ? `The file is a ${detected.ext.toUpperCase()} but is named .${ext}; rename it to .${allowed.ext[0]}.`
      : `文件实际是 ${detected.ext.toUpperCase()}，扩展名却是 .${ext}，请改为 .${allowed.ext[0]} 后再上传。`
  if (file.size > allowed.maxBytes)
    return en
      ? `The file is larger than ${allowed.maxBytes / 1_000_000} MB.`
      : `文件超过 ${allowed.maxBytes / 1_000_000} MB。`
  return undefined
}

export const checkUpload: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const file = req.file as UploadedFile | undefined
  if ((operation === 'create' || operation === 'update') && file) {
    const problem = await uploadProblem(file, req.i18n?.language)
    if (problem)
      throw new ValidationError(
        { collection: 'media', errors: [{ path: 'file', message: problem }] },
        req.t,
      )
  }
  return args
}

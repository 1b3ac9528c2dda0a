/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Writing a composed briefing to a file in any format, PDF included: with the page renderer, apart
 * from briefing-export.c so that what needs no cairo or pango stays out of it. */
#define G_LOG_DOMAIN "briefing-export"

#include "config.h"

#include "briefing-export-private.h"
#include "briefing-pdf-private.h"
#include "briefing-translation.h"

gboolean
briefing_export_write (BriefingComposition         *composition,
                       BriefingExportFormat         format,
                       const BriefingRenderOptions *options,
                       const char                  *path,
                       volatile int                *progress,
                       GCancellable                *cancellable,
                       GError                     **error)
{
  BriefingRenderOptions defaults;

  g_return_val_if_fail (composition != NULL, FALSE);
  g_return_val_if_fail (format <= BRIEFING_EXPORT_MARKDOWN, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (progress != NULL)
    g_atomic_int_set (progress, 0);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  if (format == BRIEFING_EXPORT_PDF)
    {
      gboolean written;

      if (options == NULL)
        {
          briefing_render_options_init (&defaults);
          options = &defaults;
        }

      /* Page by page, so that progress and cancelling work for long briefings. */
      briefing_composition_push_language (composition);
      written = briefing_pdf_write_full (composition, options, path, progress, cancellable, NULL, error);
      briefing_translation_pop ();
      return written;
    }

  return briefing_export_save_data (composition, format, path, progress, cancellable, error);
}

/* Async */

typedef struct
{
  BriefingComposition   *composition;
  BriefingExportFormat   format;
  BriefingRenderOptions  options;
  char                  *path;
  volatile int          *progress;
} WriteData;

static void
write_data_free (WriteData *data)
{
  briefing_composition_unref (data->composition);
  briefing_render_options_clear (&data->options);
  g_free (data->path);
  g_free (data);
}

static void
write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  WriteData *data = task_data;
  GError *error = NULL;

  if (briefing_export_write (data->composition, data->format, &data->options, data->path, data->progress,
                             cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
briefing_export_write_async (BriefingComposition         *composition,
                             BriefingExportFormat         format,
                             const BriefingRenderOptions *options,
                             const char                  *path,
                             volatile int                *progress,
                             GCancellable                *cancellable,
                             GAsyncReadyCallback          callback,
                             gpointer                     user_data)
{
  g_autoptr(GTask) task = NULL;
  WriteData *data;

  g_return_if_fail (composition != NULL);
  g_return_if_fail (format <= BRIEFING_EXPORT_MARKDOWN);
  g_return_if_fail (path != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  data = g_new0 (WriteData, 1);
  data->composition = briefing_composition_ref (composition);
  data->format = format;
  briefing_render_options_copy (&data->options, options);
  data->path = g_strdup (path);
  data->progress = progress;

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, briefing_export_write_async);
  g_task_set_task_data (task, data, (GDestroyNotify) write_data_free);
  g_task_run_in_thread (task, write_thread);
}

gboolean
briefing_export_write_finish (GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == briefing_export_write_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

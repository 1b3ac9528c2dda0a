/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-export"

#include "config.h"

#include <string.h>

#include "briefing-export-private.h"
#include "briefing-json-build.h"
#include "briefing-save-file-private.h"

static const struct
{
  const char *nick;
  const char *suffix;
} formats[] = {
  [BRIEFING_EXPORT_PDF] = { "pdf", ".pdf" },
  [BRIEFING_EXPORT_JSON] = { "json", ".briefing.json" },
  [BRIEFING_EXPORT_TIMELINEJS] = { "timelinejs", ".timeline.json" },
  [BRIEFING_EXPORT_MARKDOWN] = { "markdown", ".md" },
};

gboolean
briefing_export_format_from_nick (const char           *nick,
                                  BriefingExportFormat *format)
{
  g_return_val_if_fail (nick != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_str_equal (nick, formats[i].nick))
      {
        if (format != NULL)
          *format = i;
        return TRUE;
      }
  return FALSE;
}

const char *
briefing_export_format_to_nick (BriefingExportFormat format)
{
  g_return_val_if_fail (format < G_N_ELEMENTS (formats), NULL);

  return formats[format].nick;
}

const char *
briefing_export_format_suffix (BriefingExportFormat format)
{
  g_return_val_if_fail (format < G_N_ELEMENTS (formats), NULL);

  return formats[format].suffix;
}

void
briefing_render_options_init (BriefingRenderOptions *options)
{
  g_return_if_fail (options != NULL);

  *options = (BriefingRenderOptions) {
    .paper = BRIEFING_PAPER_A4,
    .creation_time = -1,
  };
}

void
briefing_render_options_copy (BriefingRenderOptions       *dest,
                              const BriefingRenderOptions *src)
{
  g_return_if_fail (dest != NULL);

  briefing_render_options_init (dest);
  if (src == NULL)
    return;

  *dest = *src;
  dest->author = g_strdup (src->author);
}

void
briefing_render_options_clear (BriefingRenderOptions *options)
{
  g_return_if_fail (options != NULL);

  g_clear_pointer (&options->author, g_free);
}

char *
briefing_export_format_sources (GArray *sources)
{
  GString *refs = g_string_new (NULL);

  for (guint i = 0; i < sources->len; i++)
    g_string_append_printf (refs, "%s%u", i == 0 ? " [" : ", ", g_array_index (sources, guint, i));
  if (sources->len > 0)
    g_string_append_c (refs, ']');
  return g_string_free (refs, FALSE);
}

static char *
export_to_data (BriefingComposition  *composition,
                BriefingExportFormat  format,
                gsize                *length)
{
  g_autoptr(JsonNode) root = NULL;
  gsize ignored;
  char *data;

  if (length == NULL)
    length = &ignored;

  switch (format)
    {
    case BRIEFING_EXPORT_JSON:
      return briefing_composition_to_json (composition, length);
    case BRIEFING_EXPORT_TIMELINEJS:
      root = briefing_composition_to_timelinejs (composition);
      return briefing_json_to_data (root, length);
    case BRIEFING_EXPORT_MARKDOWN:
      data = briefing_composition_to_markdown (composition);
      *length = strlen (data);
      return data;
    case BRIEFING_EXPORT_PDF:
    default:
      g_return_val_if_reached (NULL);
    }
}

char *
briefing_export_to_data (BriefingComposition  *composition,
                         BriefingExportFormat  format,
                         gsize                *length)
{
  char *data;

  g_return_val_if_fail (composition != NULL, NULL);
  g_return_val_if_fail (format != BRIEFING_EXPORT_PDF, NULL);

  briefing_composition_push_language (composition);
  data = export_to_data (composition, format, length);
  briefing_translation_pop ();
  return data;
}

gboolean
briefing_export_save_data (BriefingComposition  *composition,
                           BriefingExportFormat  format,
                           const char           *path,
                           volatile int         *progress,
                           GCancellable         *cancellable,
                           GError              **error)
{
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (composition != NULL, FALSE);
  g_return_val_if_fail (format != BRIEFING_EXPORT_PDF && format < G_N_ELEMENTS (formats), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  data = briefing_export_to_data (composition, format, &length);
  if (progress != NULL)
    g_atomic_int_set (progress, 500);
  /* The last moment to give up: the file is either replaced whole or left as it was. */
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  if (!briefing_save_file_contents (path, data, length, 0666, error))
    return FALSE;

  if (progress != NULL)
    g_atomic_int_set (progress, 1000);
  return TRUE;
}

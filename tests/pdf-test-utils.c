/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <stdlib.h>

#include "pdf-test-utils.h"

#define SAMPLE_PATH SOURCE_SAMPLES_DIR "/istanbul-talks-2025.bundle.json"

/* Ids of events, articles and demands get the copy's suffix; dates move by @copy years. */
static void
rewrite (JsonNode   *node,
         GHashTable *ids,
         guint       copy)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObjectIter iter;
        JsonNode *member;

        json_object_iter_init (&iter, json_node_get_object (node));
        while (json_object_iter_next (&iter, NULL, &member))
          rewrite (member, ids, copy);
        break;
      }
    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);

        for (guint i = 0; i < json_array_get_length (array); i++)
          rewrite (json_array_get_element (array, i), ids, copy);
        break;
      }
    case JSON_NODE_VALUE:
      if (json_node_get_value_type (node) == G_TYPE_STRING)
        {
          const char *text = json_node_get_string (node);

          if (g_hash_table_contains (ids, text))
            {
              g_autofree char *id = g_strdup_printf ("%s-%u", text, copy);

              json_node_set_string (node, id);
            }
          else if (g_regex_match_simple ("^[0-9]{4}-[0-9]{2}", text, 0, 0))
            {
              int year = atoi (text) + (int) copy;
              g_autofree char *moved = g_strdup_printf ("%04d%s", year, text + 4);

              json_node_set_string (node, moved);
            }
        }
      break;
    case JSON_NODE_NULL:
    default:
      break;
    }
}

BriefingBundle *
scaled_sample (guint copies)
{
  static const char * const grown[] = { "events", "articles", "demands" };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(BriefingBundleReader) reader = briefing_bundle_reader_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  JsonObject *root;
  BriefingBundle *bundle;
  gsize length;

  g_assert_true (json_parser_load_from_file (parser, SAMPLE_PATH, &error));
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));

  for (guint g = 0; g < G_N_ELEMENTS (grown); g++)
    {
      JsonArray *array = json_object_get_array_member (root, grown[g]);

      for (guint i = 0; i < json_array_get_length (array); i++)
        g_hash_table_add (ids, (gpointer) json_object_get_string_member (
                                 json_array_get_object_element (array, i), "id"));
    }

  for (guint g = 0; g < G_N_ELEMENTS (grown); g++)
    {
      JsonArray *array = json_object_get_array_member (root, grown[g]);
      guint n = json_array_get_length (array);

      for (guint copy = 1; copy < copies; copy++)
        for (guint i = 0; i < n; i++)
          {
            /* json_node_copy() shares the members; a copy through text does not. */
            g_autofree char *text = json_to_string (json_array_get_element (array, i), FALSE);
            JsonNode *clone = json_from_string (text, NULL);

            rewrite (clone, ids, copy);
            json_array_add_element (array, clone);
          }
    }

  data = json_to_string (json_parser_get_root (parser), FALSE);
  length = strlen (data);
  bytes = g_bytes_new_take (g_steal_pointer (&data), length);
  bundle = briefing_bundle_reader_read_bytes (reader, bytes, &error);
  g_assert_no_error (error);
  g_assert_nonnull (bundle);
  return bundle;
}

BriefingComposition *
compose_scaled (BriefingBundle *bundle,
                guint           copies)
{
  BriefingExportOptions options;
  BriefingComposition *composition;
  g_autofree char *date = g_strdup_printf ("%04u-12-31", 2025 + copies - 1);

  briefing_export_options_init (&options);
  g_assert_true (briefing_date_parse (date, &options.date, NULL));
  options.prepared_by = g_strdup ("Policy Unit");
  composition = briefing_compose (bundle, NULL, &options);
  briefing_export_options_clear (&options);
  return composition;
}

void
write_pdf (BriefingComposition *composition,
           BriefingPaper        paper,
           const char          *path)
{
  BriefingRenderOptions options;
  g_autoptr(GError) error = NULL;

  briefing_render_options_init (&options);
  options.paper = paper;
  options.creation_time = 1753660800;  /* 2025-07-28 */
  options.author = g_strdup ("Desk A");
  g_assert_true (briefing_pdf_write (composition, &options, path, &error));
  g_assert_no_error (error);
  briefing_render_options_clear (&options);
}

gsize
file_size (const char *path)
{
  GStatBuf buf;

  g_assert_cmpint (g_stat (path, &buf), ==, 0);
  return buf.st_size;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fuzz-annotation-store"

/* The annotation store's loader on any bytes: the bytes are the store file of the sample bundle,
 * in a private temporary folder; the store loads it (and sets aside what it cannot read), and
 * anchors what it loaded in the sample. What the file parser accepts must write back and read again
 * equal, labels included. */

#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "briefing-annotation-store.h"
#include "briefing-annotation-w3c-private.h"
#include "fuzz-utils.h"

static void
write_file (const char    *path,
            const uint8_t *data,
            size_t         size)
{
  FILE *file = fopen (path, "wb");

  /* Not g_file_set_contents(): no fsync for every input. */
  if (file == NULL || fwrite (data, 1, size, file) != size || fclose (file) != 0)
    g_error ("Cannot write %s: %s", path, g_strerror (errno));
}

static void
load (const uint8_t *data,
      size_t         size,
      const char    *bundle_id)
{
  g_autoptr(BriefingAnnotationStore) store = NULL;
  g_autoptr(GError) error = NULL;
  gboolean loaded;

  store = briefing_annotation_store_new (bundle_id, fuzz_get_tmp_dir ());
  write_file (briefing_annotation_store_get_path (store), data, size);
  loaded = briefing_annotation_store_load (store, &error);
  if (loaded != (error == NULL) || loaded != (briefing_annotation_store_get_error_message (store) == NULL))
    g_error ("The store's load result, error and error message disagree");

  briefing_annotation_store_anchor (store, fuzz_get_sample_bundle ());
  for (guint i = 0; i < BRIEFING_N_COLORS; i++)
    briefing_annotation_store_get_label (store, briefing_annotation_colors[i]);
  if (briefing_annotation_store_get_dirty (store))
    g_error ("Loading and anchoring left unsaved changes");
  g_clear_object (&store);
  fuzz_clear_tmp_dir ();
}

static void
check_round_trip (const uint8_t *data,
                  size_t         size,
                  const char    *bundle_id)
{
  g_autoptr(GHashTable) labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) labels_again = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GPtrArray) annotations = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GListStore) model = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *written = NULL;
  GHashTableIter iter;
  gpointer color, meaning;
  gsize length;

  annotations = briefing_annotation_w3c_store_parse ((const char *) data, size, bundle_id, labels, &error);
  if (annotations == NULL)
    return;

  model = g_list_store_new (BRIEFING_TYPE_ANNOTATION);
  for (guint i = 0; i < annotations->len; i++)
    g_list_store_append (model, annotations->pdata[i]);
  written = briefing_annotation_w3c_store_to_data (G_LIST_MODEL (model), bundle_id, labels, &length);
  again = briefing_annotation_w3c_store_parse (written, length, bundle_id, labels_again, &error);
  if (again == NULL)
    g_error ("An annotations file the parser accepted was written as one it refuses: %s\n%.*s",
             error->message, (int) MIN (length, 4096), written);
  if (again->len != annotations->len)
    g_error ("%u annotations read back as %u", annotations->len, again->len);
  for (guint i = 0; i < again->len; i++)
    if (!briefing_annotation_equal (annotations->pdata[i], again->pdata[i]))
      g_error ("Annotation %u does not read back equal:\n%.*s", i, (int) MIN (length, 4096), written);
  if (g_hash_table_size (labels) != g_hash_table_size (labels_again))
    g_error ("%u labels read back as %u", g_hash_table_size (labels), g_hash_table_size (labels_again));
  g_hash_table_iter_init (&iter, labels);
  while (g_hash_table_iter_next (&iter, &color, &meaning))
    if (g_strcmp0 (meaning, g_hash_table_lookup (labels_again, color)) != 0)
      g_error ("The label of %s does not read back equal", (const char *) color);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  fuzz_init ();
  load (data, size, "istanbul-talks-2025");
  check_round_trip (data, size, "istanbul-talks-2025");
  return 0;
}

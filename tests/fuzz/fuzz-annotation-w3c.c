/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fuzz-annotation-w3c"

/* The W3C Web Annotation importer on any bytes, as `briefing annotations import` and the window's
 * import read a file: a collection, one annotation or an array of them, for the sample bundle.
 * What it accepts must write back as a collection and read again equal, and anchor in the sample. */

#include "config.h"

#include "briefing-annotation-store-private.h"
#include "briefing-annotation-w3c-private.h"
#include "fuzz-utils.h"

#define BUNDLE_ID "istanbul-talks-2025"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GPtrArray) annotations = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GListStore) model = NULL;
  g_autoptr(JsonNode) collection = NULL;
  g_autoptr(GError) error = NULL;

  fuzz_init ();
  annotations = briefing_annotation_w3c_parse ((const char *) data, size, BUNDLE_ID, &error);
  if (annotations == NULL)
    {
      if (error == NULL || !g_utf8_validate (error->message, -1, NULL))
        g_error ("The importer refused an input without a readable error");
      return 0;
    }

  model = g_list_store_new (BRIEFING_TYPE_ANNOTATION);
  for (guint i = 0; i < annotations->len; i++)
    g_list_store_append (model, annotations->pdata[i]);
  collection = briefing_annotation_w3c_collection (G_LIST_MODEL (model), BUNDLE_ID, "Fuzz");
  again = briefing_annotation_w3c_read (collection, BUNDLE_ID, &error);
  if (again == NULL)
    g_error ("Annotations the importer accepted were written as a collection it refuses: %s", error->message);
  if (again->len != annotations->len)
    g_error ("%u annotations read back as %u", annotations->len, again->len);
  for (guint i = 0; i < again->len; i++)
    {
      if (!briefing_annotation_equal (annotations->pdata[i], again->pdata[i]))
        g_error ("Annotation %u does not read back equal", i);
      briefing_annotation_anchor_in (again->pdata[i], fuzz_get_sample_bundle ());
    }
  return 0;
}

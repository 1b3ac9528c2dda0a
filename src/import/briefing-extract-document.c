/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Adding an extraction's accepted candidates to a bundle the user edits: through its
 * BriefingDocument, so that the whole import is one step to undo. The candidates are first applied
 * to a scratch bundle holding copies of the document's items (briefing_extraction_apply() changes
 * what it adds to, and a document's items are never changed in place); what differs between the
 * two is then added or changed through the document, every item checked before the first change. */
#define G_LOG_DOMAIN "briefing-extract-document"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "briefing-bundle-check-private.h"
#include "briefing-bundle-edit.h"
#include "briefing-bundle-private.h"
#include "briefing-extract-private.h"

/* A bundle with copies of @bundle's parties, events and demands, and its articles themselves
 * (the extraction only reads them). */
static BriefingBundle *
scratch_copy (BriefingBundle *bundle)
{
  BriefingBundle *scratch = briefing_bundle_new (briefing_bundle_get_id (bundle), briefing_bundle_get_title (bundle));
  GListModel *lists[] = {
    briefing_bundle_get_articles (bundle), briefing_bundle_get_parties (bundle),
    briefing_bundle_get_events (bundle), briefing_bundle_get_demands (bundle),
  };

  briefing_bundle_set_language (scratch, briefing_bundle_get_language (bundle));
  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; i < g_list_model_get_n_items (lists[l]); i++)
      {
        g_autoptr(GObject) item = g_list_model_get_item (lists[l], i);
        g_autoptr(GObject) copy = NULL;

        if (BRIEFING_IS_ARTICLE (item))
          copy = g_object_ref (item);
        else if (BRIEFING_IS_PARTY (item))
          copy = G_OBJECT (briefing_party_copy (BRIEFING_PARTY (item), NULL));
        else if (BRIEFING_IS_EVENT (item))
          copy = G_OBJECT (briefing_event_copy (BRIEFING_EVENT (item), NULL));
        else
          copy = G_OBJECT (briefing_demand_copy (BRIEFING_DEMAND (item), NULL));

        if (BRIEFING_IS_ARTICLE (copy))
          briefing_bundle_add_article (scratch, BRIEFING_ARTICLE (copy));
        else if (BRIEFING_IS_PARTY (copy))
          briefing_bundle_add_party (scratch, BRIEFING_PARTY (copy));
        else if (BRIEFING_IS_EVENT (copy))
          briefing_bundle_add_event (scratch, BRIEFING_EVENT (copy));
        else
          briefing_bundle_add_demand (scratch, BRIEFING_DEMAND (copy));
      }
  return scratch;
}

static gboolean
item_equal (GObject *a,
            GObject *b)
{
  if (BRIEFING_IS_ARTICLE (a))
    return a == b || briefing_article_equal (BRIEFING_ARTICLE (a), BRIEFING_ARTICLE (b));
  if (BRIEFING_IS_PARTY (a))
    return briefing_party_equal (BRIEFING_PARTY (a), BRIEFING_PARTY (b));
  if (BRIEFING_IS_EVENT (a))
    return briefing_event_equal (BRIEFING_EVENT (a), BRIEFING_EVENT (b));
  return briefing_demand_equal (BRIEFING_DEMAND (a), BRIEFING_DEMAND (b));
}

/* One difference: @after is new when @before is NULL, else it replaces @before. */
typedef struct
{
  GObject *before;
  GObject *after;
} Difference;

static gboolean
make_change (BriefingDocument  *document,
             const Difference  *d,
             GError           **error)
{
  if (d->before == NULL)
    {
      if (BRIEFING_IS_ARTICLE (d->after))
        return briefing_document_add_article (document, BRIEFING_ARTICLE (d->after), error);
      if (BRIEFING_IS_PARTY (d->after))
        return briefing_document_add_party (document, BRIEFING_PARTY (d->after), error);
      if (BRIEFING_IS_EVENT (d->after))
        return briefing_document_add_event (document, BRIEFING_EVENT (d->after), error);
      return briefing_document_add_demand (document, BRIEFING_DEMAND (d->after), error);
    }

  if (BRIEFING_IS_PARTY (d->after))
    return briefing_document_change_party (document, BRIEFING_PARTY (d->before), BRIEFING_PARTY (d->after), error);
  if (BRIEFING_IS_EVENT (d->after))
    return briefing_document_change_event (document, BRIEFING_EVENT (d->before), BRIEFING_EVENT (d->after), error);
  return briefing_document_change_demand (document, BRIEFING_DEMAND (d->before), BRIEFING_DEMAND (d->after), error);
}

gboolean
briefing_extraction_apply_to_document (BriefingExtraction  *self,
                                       BriefingDocument    *document,
                                       GArray              *accepted_or_null,
                                       GError             **error)
{
  BriefingBundle *bundle;
  g_autoptr(BriefingBundle) scratch = NULL;
  g_autoptr(GArray) differences = g_array_new (FALSE, FALSE, sizeof (Difference));
  GListModel *lists[4];

  g_return_val_if_fail (BRIEFING_IS_EXTRACTION (self), FALSE);
  g_return_val_if_fail (BRIEFING_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bundle = briefing_document_get_bundle (document);
  scratch = scratch_copy (bundle);
  if (!briefing_extraction_apply (self, scratch, accepted_or_null, error))
    return FALSE;

  /* In the order items refer to each other: articles, parties, events, demands. */
  lists[0] = briefing_bundle_get_articles (scratch);
  lists[1] = briefing_bundle_get_parties (scratch);
  lists[2] = briefing_bundle_get_events (scratch);
  lists[3] = briefing_bundle_get_demands (scratch);
  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; i < g_list_model_get_n_items (lists[l]); i++)
      {
        g_autoptr(GObject) after = g_list_model_get_item (lists[l], i);
        GObject *before = briefing_bundle_lookup (bundle, briefing_bundle_item_get_id (after));
        Difference d = { before, after };

        if (before != NULL && item_equal (before, after))
          continue;
        /* Checked against the bundle as it will be, before anything changes. */
        if (!briefing_edit_check_item (scratch, after, error))
          return FALSE;
        g_array_append_val (differences, d);
      }

  /* Translators: the name of the step Undo takes back after an article was imported */
  briefing_document_begin_group (document, _("Import Article"));
  for (guint i = 0; i < differences->len; i++)
    {
      g_autoptr(GError) local_error = NULL;

      if (!make_change (document, &g_array_index (differences, Difference, i), &local_error))
        {
          /* Not expected once every item was checked; the group keeps what was done, one undo away. */
          g_warning ("An imported item was refused after it was checked: %s", local_error->message);
          g_propagate_error (error, g_steal_pointer (&local_error));
          briefing_document_end_group (document);
          return FALSE;
        }
    }
  briefing_document_end_group (document);

  return TRUE;
}

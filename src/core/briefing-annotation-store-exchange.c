/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the annotation store does with a bundle's text and with other tools: anchoring quotes in
 * an edition of the bundle, and W3C export and merge. The rest of the store is in
 * briefing-annotation-store.c. */
#define G_LOG_DOMAIN "briefing-annotation-store"

#include "config.h"

#include "briefing-anchor.h"
#include "briefing-annotation-store-private.h"
#include "briefing-annotation-w3c-private.h"

void
briefing_annotation_anchor_in (BriefingAnnotation *annotation,
                               BriefingBundle     *bundle)
{
  BriefingArticle *article;
  BriefingAnchorResult result;
  const char *text, *exact;
  gint64 hint = -1;
  gsize text_len, start, end;

  if (bundle == NULL || briefing_annotation_get_target_kind (annotation) != BRIEFING_TARGET_ARTICLE)
    return;

  article = briefing_bundle_lookup_article (bundle, briefing_annotation_get_target_id (annotation));
  if (article == NULL)
    {
      briefing_annotation_set_detached (annotation, TRUE);
      return;
    }

  if ((exact = briefing_annotation_get_exact (annotation)) == NULL)
    {
      briefing_annotation_set_detached (annotation, FALSE);
      return;
    }

  /* The position is in code points, as the search's hint. */
  text = briefing_article_get_text (article);
  text_len = briefing_article_get_text_length (article);
  briefing_annotation_get_position (annotation, &hint, NULL);
  result = briefing_anchor_find (text, text_len, exact, briefing_annotation_get_prefix (annotation),
                                 briefing_annotation_get_suffix (annotation), hint, &start, &end);

  /* The words around the quote changed in this edition: take the place nearest the old one. */
  if (result == BRIEFING_ANCHOR_CONTEXT_DIFFERS)
    result = briefing_anchor_find (text, text_len, exact, NULL, NULL, hint, &start, &end);

  if (result == BRIEFING_ANCHOR_NOT_FOUND)
    briefing_annotation_set_detached (annotation, TRUE);
  else
    briefing_annotation_set_anchor (annotation, start, end);
}

/* Detached annotations stay in the store, unchanged: anchoring saves nothing. The bundle is kept,
 * and annotations added later are anchored in it too. */
guint
briefing_annotation_store_anchor (BriefingAnnotationStore *self,
                                  BriefingBundle          *bundle)
{
  GListModel *model = G_LIST_MODEL (self);
  g_autoptr(GArray) changed = g_array_new (FALSE, FALSE, sizeof (guint));
  guint n_items, n_detached = 0;

  g_return_val_if_fail (BRIEFING_IS_ANNOTATION_STORE (self), 0);
  g_return_val_if_fail (BRIEFING_IS_BUNDLE (bundle), 0);
  g_return_val_if_fail (g_strcmp0 (briefing_bundle_get_id (bundle),
                                   briefing_annotation_store_get_bundle_id (self)) == 0, 0);

  briefing_annotation_store_set_bundle (self, bundle);

  n_items = g_list_model_get_n_items (model);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(BriefingAnnotation) annotation = g_list_model_get_item (model, i);
      gsize start = 0, end = 0, new_start = 0, new_end = 0;
      gboolean had_anchor = briefing_annotation_get_anchor (annotation, &start, &end);
      gboolean was_detached = briefing_annotation_get_detached (annotation);
      gboolean has_anchor;

      briefing_annotation_anchor_in (annotation, bundle);
      has_anchor = briefing_annotation_get_anchor (annotation, &new_start, &new_end);
      if (briefing_annotation_get_detached (annotation))
        n_detached++;

      if (had_anchor != has_anchor || start != new_start || end != new_end ||
          was_detached != briefing_annotation_get_detached (annotation))
        g_array_append_val (changed, i);
    }

  /* Anchors are not properties: the rows showing changed ones are told to look again, a run of
   * neighbours at a time. */
  for (guint i = 0; i < changed->len;)
    {
      guint first = g_array_index (changed, guint, i), n = 1;

      while (i + n < changed->len && g_array_index (changed, guint, i + n) == first + n)
        n++;
      g_list_model_items_changed (model, first, n, n);
      i += n;
    }

  return n_detached;
}

JsonNode *
briefing_annotation_store_to_w3c (BriefingAnnotationStore *self,
                                  BriefingBundle          *bundle)
{
  g_return_val_if_fail (BRIEFING_IS_ANNOTATION_STORE (self), NULL);
  g_return_val_if_fail (bundle == NULL || BRIEFING_IS_BUNDLE (bundle), NULL);

  return briefing_annotation_w3c_collection (G_LIST_MODEL (self), briefing_annotation_store_get_bundle_id (self),
                                             bundle != NULL ? briefing_bundle_get_title (bundle) : NULL);
}

void
briefing_annotation_store_merge (BriefingAnnotationStore *self,
                                 GPtrArray               *annotations,
                                 guint                   *added,
                                 guint                   *updated)
{
  guint n_added = 0, n_updated = 0;

  g_return_if_fail (BRIEFING_IS_ANNOTATION_STORE (self));
  g_return_if_fail (annotations != NULL);

  briefing_annotation_store_set_batch (self, TRUE);
  for (guint i = 0; i < annotations->len; i++)
    {
      BriefingAnnotation *incoming = annotations->pdata[i];
      BriefingAnnotation *known = briefing_annotation_store_lookup (self, briefing_annotation_get_id (incoming));

      if (known == NULL)
        {
          briefing_annotation_store_add (self, incoming);
          n_added++;
        }
      else if (briefing_date_compare (briefing_annotation_get_modified (incoming),
                                      briefing_annotation_get_modified (known)) > 0)
        {
          briefing_annotation_store_replace (self, incoming);
          n_updated++;
        }
    }
  briefing_annotation_store_set_batch (self, FALSE);
  if (n_added + n_updated > 0)
    briefing_annotation_store_changed (self);

  if (added != NULL)
    *added = n_added;
  if (updated != NULL)
    *updated = n_updated;
}

gboolean
briefing_annotation_store_merge_w3c (BriefingAnnotationStore  *self,
                                     JsonNode                 *root,
                                     guint                    *added,
                                     guint                    *updated,
                                     GError                  **error)
{
  g_autoptr(GPtrArray) annotations = NULL;

  g_return_val_if_fail (BRIEFING_IS_ANNOTATION_STORE (self), FALSE);
  g_return_val_if_fail (root != NULL, FALSE);

  if (added != NULL)
    *added = 0;
  if (updated != NULL)
    *updated = 0;

  /* Everything is read and checked before anything is merged. */
  if ((annotations = briefing_annotation_w3c_read (root, briefing_annotation_store_get_bundle_id (self), error)) == NULL)
    return FALSE;

  briefing_annotation_store_merge (self, annotations, added, updated);
  return TRUE;
}

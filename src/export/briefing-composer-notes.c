/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-composer-notes"

#include "config.h"

#include "briefing-i18n.h"
#include <string.h>

#include "briefing-anchor.h"
#include "briefing-composition-private.h"

/* The user's questions and annotations as the briefing shows them; the rules are in
 * briefing-composition.h. */

/* The words the composer writes here: the last group's label, by tag or by colour. */
static const char *
group_label (gboolean by_tag)
{
  if (by_tag)
    /* Translators: the group of annotations that have no tag, in a briefing */
    return C_("annotation group", "Untagged");
  /* Translators: the group of annotations that have no colour label, in a briefing */
  return C_("annotation group", "No colour");
}

typedef struct
{
  BriefingAnnotation *annotation;  /* borrowed from the store */
  guint               place;       /* bundle, articles, events, demands */
  guint               index;       /* of the article, event or demand */
  guint64             offset;      /* in the article's text */
} Item;

enum {
  PLACE_BUNDLE,
  PLACE_ARTICLE,
  PLACE_EVENT,
  PLACE_DEMAND,
};

static guint
index_in_model (GListModel *model,
                GObject    *object)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (item == object)
        return i;
    }
  return G_MAXUINT;
}

static guint64
offset_in_article (BriefingAnnotation *annotation,
                   BriefingArticle    *article)
{
  gsize start, end;
  gint64 position, position_end;
  gssize byte;

  if (briefing_annotation_get_anchor (annotation, &start, &end))
    return start;
  if (article != NULL && briefing_annotation_get_position (annotation, &position, &position_end) &&
      (byte = briefing_anchor_char_to_byte (briefing_article_get_text (article),
                                            briefing_article_get_text_length (article), position)) >= 0)
    return byte;
  return G_MAXUINT64;
}

/* Where the annotation is read, or FALSE when it is on something the briefing does not show. */
static gboolean
place_item (Item               *item,
            BriefingAnnotation *annotation,
            BriefingBundle     *bundle,
            GHashTable         *shown_events,
            GHashTable         *shown_demands)
{
  const char *id = briefing_annotation_get_target_id (annotation);
  BriefingArticle *article;

  item->annotation = annotation;
  item->index = 0;
  item->offset = 0;

  switch (briefing_annotation_get_target_kind (annotation))
    {
    case BRIEFING_TARGET_ARTICLE:
      article = briefing_bundle_lookup_article (bundle, id);
      item->place = PLACE_ARTICLE;
      item->index = article != NULL ? index_in_model (briefing_bundle_get_articles (bundle), G_OBJECT (article))
                                    : G_MAXUINT;
      item->offset = offset_in_article (annotation, article);
      return TRUE;
    case BRIEFING_TARGET_EVENT:
      item->place = PLACE_EVENT;
      item->index = GPOINTER_TO_UINT (g_hash_table_lookup (shown_events, id));
      return item->index != 0;
    case BRIEFING_TARGET_DEMAND:
      item->place = PLACE_DEMAND;
      item->index = index_in_model (briefing_bundle_get_demands (bundle), briefing_bundle_lookup (bundle, id));
      return g_hash_table_contains (shown_demands, id);
    case BRIEFING_TARGET_BUNDLE:
    default:
      item->place = PLACE_BUNDLE;
      return TRUE;
    }
}

static int
compare_created (BriefingAnnotation *a,
                 BriefingAnnotation *b)
{
  int ret = briefing_date_compare (briefing_annotation_get_created (a), briefing_annotation_get_created (b));

  return ret != 0 ? ret : g_strcmp0 (briefing_annotation_get_id (a), briefing_annotation_get_id (b));
}

static int
compare_reading_order (gconstpointer pa,
                       gconstpointer pb)
{
  const Item *a = pa, *b = pb;

  if (a->place != b->place)
    return a->place < b->place ? -1 : 1;
  if (a->index != b->index)
    return a->index < b->index ? -1 : 1;
  if (a->offset != b->offset)
    return a->offset < b->offset ? -1 : 1;
  return compare_created (a->annotation, b->annotation);
}

static int
compare_deadlines (gconstpointer pa,
                   gconstpointer pb)
{
  BriefingAnnotation *a = ((const Item *) pa)->annotation, *b = ((const Item *) pb)->annotation;
  const BriefingDate *da = briefing_annotation_get_deadline (a), *db = briefing_annotation_get_deadline (b);
  int ret;

  if ((da == NULL) != (db == NULL))
    return da == NULL ? 1 : -1;
  if (da != NULL && (ret = briefing_date_compare (da, db)) != 0)
    return ret;
  return compare_created (a, b);
}

/* What the annotation is attached to, in words: an article's headline, an event's title, a
 * demand's text; NULL for the bundle or what this edition of the bundle lacks. */
static char *
dup_about (BriefingAnnotation *annotation,
           BriefingBundle     *bundle)
{
  const char *id = briefing_annotation_get_target_id (annotation);
  GObject *target = id != NULL ? briefing_bundle_lookup (bundle, id) : NULL;

  if (BRIEFING_IS_ARTICLE (target))
    return g_strdup (briefing_article_get_headline (BRIEFING_ARTICLE (target)));
  if (BRIEFING_IS_EVENT (target))
    return g_strdup (briefing_event_get_title (BRIEFING_EVENT (target)));
  if (BRIEFING_IS_DEMAND (target))
    return g_strdup (briefing_demand_get_text (BRIEFING_DEMAND (target)));
  return NULL;
}

static gboolean
is_overdue (const BriefingDate *deadline,
            const BriefingDate *date)
{
  gint64 deadline_start, deadline_end, date_start, date_end;

  if (deadline == NULL)
    return FALSE;
  briefing_composer_date_span (deadline, &deadline_start, &deadline_end);
  briefing_composer_date_span (date, &date_start, &date_end);
  return deadline_end <= date_start;
}

static void
compose_questions (BriefingComposition *composition,
                   GArray              *items)
{
  g_array_sort (items, compare_deadlines);
  for (guint i = 0; i < items->len; i++)
    {
      BriefingAnnotation *annotation = g_array_index (items, Item, i).annotation;
      BriefingComposedQuestion *question = g_new0 (BriefingComposedQuestion, 1);
      const char *owner = briefing_annotation_get_owner (annotation);
      const char *note = briefing_annotation_get_note (annotation);
      BriefingParty *party = owner != NULL ? briefing_bundle_lookup_party (composition->bundle, owner) : NULL;

      question->annotation = g_object_ref (annotation);
      question->text = g_strdup (note != NULL ? note : briefing_annotation_get_exact (annotation));
      question->owner = g_strdup (party != NULL ? briefing_party_get_name (party) : owner);
      question->about = dup_about (annotation, composition->bundle);
      question->overdue = is_overdue (briefing_annotation_get_deadline (annotation), &composition->date);
      g_ptr_array_add (composition->questions, question);
    }
}

static BriefingComposedAnnotation *
compose_item (BriefingComposition *composition,
              BriefingAnnotation  *annotation,
              BriefingSourceTable *sources)
{
  BriefingComposedAnnotation *composed = g_new0 (BriefingComposedAnnotation, 1);

  composed->annotation = g_object_ref (annotation);
  composed->quote = g_strdup (briefing_annotation_get_exact (annotation));
  composed->about = dup_about (annotation, composition->bundle);
  if (briefing_annotation_get_target_kind (annotation) == BRIEFING_TARGET_ARTICLE)
    composed->source = briefing_source_table_number (sources, briefing_annotation_get_target_id (annotation));
  return composed;
}

static void
add_group (BriefingComposition *composition,
           const char          *label,
           const char          *color,
           const char          *tag,
           GArray              *items,
           BriefingSourceTable *sources)
{
  BriefingAnnotationGroup *group = briefing_annotation_group_new (label, color);

  for (guint i = 0; i < items->len; i++)
    {
      BriefingAnnotation *annotation = g_array_index (items, Item, i).annotation;
      const char *item_color = briefing_annotation_get_color (annotation);
      const char * const *tags = briefing_annotation_get_tags (annotation);
      gboolean member;

      if (tag != NULL)
        member = tag[0] != '\0' ? briefing_annotation_has_tag (annotation, tag) : tags[0] == NULL;
      else
        member = g_strcmp0 (item_color, color) == 0;

      if (member)
        g_ptr_array_add (group->items, compose_item (composition, annotation, sources));
    }

  if (group->items->len > 0)
    g_ptr_array_add (composition->annotations, group);
  else
    briefing_annotation_group_free (group);
}

static int
compare_tags (gconstpointer pa,
              gconstpointer pb)
{
  const char *a = *(const char **) pa, *b = *(const char **) pb;
  int ret = g_utf8_collate (a, b);

  return ret != 0 ? ret : strcmp (a, b);
}

static void
group_by_tag (BriefingComposition *composition,
              GArray              *items,
              BriefingSourceTable *sources)
{
  g_autoptr(GPtrArray) tags = g_ptr_array_new ();

  for (guint i = 0; i < items->len; i++)
    {
      const char * const *item_tags = briefing_annotation_get_tags (g_array_index (items, Item, i).annotation);

      for (guint j = 0; item_tags[j] != NULL; j++)
        if (!g_ptr_array_find_with_equal_func (tags, item_tags[j], g_str_equal, NULL))
          g_ptr_array_add (tags, (gpointer) item_tags[j]);
    }
  g_ptr_array_sort (tags, compare_tags);

  for (guint i = 0; i < tags->len; i++)
    add_group (composition, tags->pdata[i], NULL, tags->pdata[i], items, sources);
  add_group (composition, group_label (TRUE), NULL, "", items, sources);
}

static void
group_by_color (BriefingComposition     *composition,
                BriefingAnnotationStore *store,
                GArray                  *items,
                BriefingSourceTable     *sources)
{
  for (guint i = 0; i < BRIEFING_N_COLORS; i++)
    add_group (composition, briefing_annotation_store_get_label (store, briefing_annotation_colors[i]),
               briefing_annotation_colors[i], NULL, items, sources);
  add_group (composition, group_label (FALSE), NULL, NULL, items, sources);
}

void
briefing_compose_notes (BriefingComposition         *composition,
                        BriefingAnnotationStore     *store,
                        const BriefingExportOptions *options,
                        GHashTable                  *shown_events,
                        GHashTable                  *shown_demands,
                        BriefingSourceTable         *sources)
{
  g_autoptr(GArray) questions = g_array_new (FALSE, FALSE, sizeof (Item));
  g_autoptr(GArray) notes = g_array_new (FALSE, FALSE, sizeof (Item));
  GListModel *model = G_LIST_MODEL (store);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(BriefingAnnotation) annotation = g_list_model_get_item (model, i);
      Item item;

      if (!place_item (&item, annotation, composition->bundle, shown_events, shown_demands))
        continue;
      /* The store keeps its annotations alive for the whole composition. */
      if (briefing_annotation_get_kind (annotation) == BRIEFING_ANNOTATION_KIND_QUESTION)
        g_array_append_val (questions, item);
      else
        g_array_append_val (notes, item);
    }

  if (options->sections & BRIEFING_SECTION_QUESTIONS)
    compose_questions (composition, questions);

  if (options->sections & BRIEFING_SECTION_ANNOTATIONS)
    {
      g_array_sort (notes, compare_reading_order);
      if (options->grouping == BRIEFING_GROUP_BY_TAG)
        group_by_tag (composition, notes, sources);
      else
        group_by_color (composition, store, notes, sources);
    }
}

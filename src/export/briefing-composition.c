/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-composition"

#include "config.h"

#include "briefing-i18n.h"

#include "briefing-composition-private.h"

G_DEFINE_BOXED_TYPE (BriefingComposition, briefing_composition,
                     briefing_composition_ref, briefing_composition_unref)

/* In the order of the sections. */
static const struct
{
  BriefingSections  section;
  const char       *nick;
} section_nicks[] = {
  { BRIEFING_SECTION_COVER, "cover" },
  { BRIEFING_SECTION_BOTTOM_LINE, "bottom-line" },
  { BRIEFING_SECTION_TIMELINE, "timeline" },
  { BRIEFING_SECTION_POSITIONS, "positions" },
  { BRIEFING_SECTION_QUESTIONS, "questions" },
  { BRIEFING_SECTION_ANNOTATIONS, "annotations" },
  { BRIEFING_SECTION_SOURCES, "sources" },
};

const char *
briefing_section_to_nick (BriefingSections section)
{
  for (guint i = 0; i < G_N_ELEMENTS (section_nicks); i++)
    if (section_nicks[i].section == section)
      return section_nicks[i].nick;

  g_return_val_if_reached (NULL);
}

gboolean
briefing_sections_parse (const char        *list,
                         BriefingSections  *sections,
                         GError           **error)
{
  g_auto(GStrv) names = NULL;
  BriefingSections result = 0;

  g_return_val_if_fail (list != NULL, FALSE);
  g_return_val_if_fail (sections != NULL, FALSE);

  names = g_strsplit (list, ",", -1);
  for (guint i = 0; names[i] != NULL; i++)
    {
      const char *name = g_strstrip (names[i]);
      gboolean known = FALSE;

      if (name[0] == '\0')
        continue;

      if (g_str_equal (name, "all"))
        {
          result |= BRIEFING_SECTION_ALL;
          continue;
        }

      for (guint j = 0; j < G_N_ELEMENTS (section_nicks) && !known; j++)
        if (g_str_equal (name, section_nicks[j].nick))
          {
            result |= section_nicks[j].section;
            known = TRUE;
          }

      if (!known)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                       /* Translators: %s is a section name the user typed; the rest are the names to use */
                       _("Unknown section “%s” (known: cover, bottom-line, timeline, positions, questions, "
                         "annotations, sources, all)"),
                       name);
          return FALSE;
        }
    }

  if (result == 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, _("No sections given"));
      return FALSE;
    }

  *sections = result;
  return TRUE;
}

const char *
briefing_section_get_title (BriefingSections section)
{
  switch (section)
    {
    /* Translators: the headings of a briefing's sections */
    case BRIEFING_SECTION_COVER: return C_("briefing section", "Cover");
    case BRIEFING_SECTION_BOTTOM_LINE: return C_("briefing section", "Bottom line");
    case BRIEFING_SECTION_TIMELINE: return C_("briefing section", "Timeline");
    case BRIEFING_SECTION_POSITIONS: return C_("briefing section", "Positions");
    case BRIEFING_SECTION_QUESTIONS: return C_("briefing section", "Open questions and deadlines");
    case BRIEFING_SECTION_ANNOTATIONS: return C_("briefing section", "Annotations");
    case BRIEFING_SECTION_SOURCES: return C_("briefing section", "Sources");
    case BRIEFING_SECTION_ALL:
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
briefing_section_get_empty_text (BriefingSections section)
{
  switch (section)
    {
    /* Translators: the line under a section's heading when it has nothing to show */
    case BRIEFING_SECTION_COVER: return "";
    case BRIEFING_SECTION_BOTTOM_LINE: return _("No round of talks in this period.");
    case BRIEFING_SECTION_TIMELINE: return _("No events in this period.");
    case BRIEFING_SECTION_POSITIONS: return _("No demands on the table.");
    case BRIEFING_SECTION_QUESTIONS: return _("No open questions.");
    case BRIEFING_SECTION_ANNOTATIONS: return _("No highlights or notes.");
    case BRIEFING_SECTION_SOURCES: return _("No sources cited.");
    case BRIEFING_SECTION_ALL:
    default:
      g_return_val_if_reached (NULL);
    }
}

gboolean
briefing_composition_section_is_empty (BriefingComposition *composition,
                                       BriefingSections     section)
{
  g_return_val_if_fail (composition != NULL, TRUE);

  if ((composition->sections & section) == 0)
    return FALSE;

  switch (section)
    {
    case BRIEFING_SECTION_BOTTOM_LINE:
      return composition->bottom_line->len == 0 && composition->summary == NULL;
    case BRIEFING_SECTION_TIMELINE: return composition->events->len == 0;
    case BRIEFING_SECTION_POSITIONS: return composition->positions->len == 0;
    case BRIEFING_SECTION_QUESTIONS: return composition->questions->len == 0;
    case BRIEFING_SECTION_ANNOTATIONS: return composition->annotations->len == 0;
    case BRIEFING_SECTION_SOURCES: return composition->sources->len == 0;
    case BRIEFING_SECTION_COVER:
    case BRIEFING_SECTION_ALL:
    default:
      return FALSE;
    }
}

/* Options */

void
briefing_export_options_init (BriefingExportOptions *options)
{
  g_return_if_fail (options != NULL);

  *options = (BriefingExportOptions) {
    .sections = BRIEFING_SECTION_ALL,
    .grouping = BRIEFING_GROUP_BY_COLOR,
  };
}

void
briefing_export_options_clear (BriefingExportOptions *options)
{
  g_return_if_fail (options != NULL);

  g_clear_pointer (&options->event_ids, g_strfreev);
  g_clear_pointer (&options->party_ids, g_strfreev);
  g_clear_pointer (&options->title, g_free);
  g_clear_pointer (&options->prepared_by, g_free);
  g_clear_pointer (&options->summary, g_free);
  g_clear_pointer (&options->language, g_free);
}

/* Parts */

GArray *
briefing_sources_new (void)
{
  return g_array_new (FALSE, FALSE, sizeof (guint));
}

void
briefing_sources_add (GArray *sources,
                      guint   number)
{
  guint i;

  if (number == 0)
    return;

  for (i = 0; i < sources->len; i++)
    {
      guint n = g_array_index (sources, guint, i);

      if (n == number)
        return;
      if (n > number)
        break;
    }
  g_array_insert_val (sources, i, number);
}

BriefingStatement *
briefing_statement_new (const char *text)
{
  BriefingStatement *statement = g_new0 (BriefingStatement, 1);

  statement->text = g_strdup (text);
  statement->sources = briefing_sources_new ();
  return statement;
}

void
briefing_statement_free (BriefingStatement *statement)
{
  if (statement == NULL)
    return;

  g_free (statement->text);
  g_array_unref (statement->sources);
  g_free (statement);
}

void
briefing_statement_add_source (BriefingStatement *statement,
                               guint              number)
{
  briefing_sources_add (statement->sources, number);
}

void
briefing_composed_outcome_free (BriefingComposedOutcome *outcome)
{
  briefing_statement_free (outcome->statement);
  g_free (outcome->disputed);
  g_free (outcome);
}

BriefingComposedEvent *
briefing_composed_event_new (BriefingEvent *event)
{
  BriefingComposedEvent *composed = g_new0 (BriefingComposedEvent, 1);

  composed->event = g_object_ref (event);
  composed->participants = g_ptr_array_new_with_free_func (g_object_unref);
  composed->mediators = g_ptr_array_new_with_free_func (g_object_unref);
  composed->outcomes = g_ptr_array_new_with_free_func ((GDestroyNotify) briefing_composed_outcome_free);
  composed->sources = briefing_sources_new ();
  return composed;
}

void
briefing_composed_event_free (BriefingComposedEvent *event)
{
  g_object_unref (event->event);
  g_ptr_array_unref (event->participants);
  g_ptr_array_unref (event->mediators);
  g_ptr_array_unref (event->outcomes);
  g_array_unref (event->sources);
  g_free (event->disputed);
  g_free (event);
}

void
briefing_composed_response_free (BriefingComposedResponse *response)
{
  g_object_unref (response->party);
  g_free (response->note);
  briefing_statement_free (response->statement);
  g_free (response);
}

BriefingComposedDemand *
briefing_composed_demand_new (BriefingDemand *demand)
{
  BriefingComposedDemand *composed = g_new0 (BriefingComposedDemand, 1);

  composed->demand = g_object_ref (demand);
  composed->statement = briefing_statement_new (briefing_demand_get_text (demand));
  composed->responses = g_ptr_array_new_with_free_func ((GDestroyNotify) briefing_composed_response_free);
  return composed;
}

void
briefing_composed_demand_free (BriefingComposedDemand *demand)
{
  g_object_unref (demand->demand);
  briefing_statement_free (demand->statement);
  g_ptr_array_unref (demand->responses);
  g_free (demand->disputed);
  g_free (demand);
}

BriefingComposedParty *
briefing_composed_party_new (BriefingParty *party)
{
  BriefingComposedParty *composed = g_new0 (BriefingComposedParty, 1);

  composed->party = g_object_ref (party);
  composed->demands = g_ptr_array_new_with_free_func ((GDestroyNotify) briefing_composed_demand_free);
  return composed;
}

void
briefing_composed_party_free (BriefingComposedParty *party)
{
  g_object_unref (party->party);
  g_ptr_array_unref (party->demands);
  g_free (party);
}

void
briefing_composed_question_free (BriefingComposedQuestion *question)
{
  g_object_unref (question->annotation);
  g_free (question->text);
  g_free (question->owner);
  g_free (question->about);
  g_free (question);
}

void
briefing_composed_annotation_free (BriefingComposedAnnotation *annotation)
{
  g_object_unref (annotation->annotation);
  g_free (annotation->quote);
  g_free (annotation->about);
  g_free (annotation);
}

BriefingAnnotationGroup *
briefing_annotation_group_new (const char *label,
                               const char *color)
{
  BriefingAnnotationGroup *group = g_new0 (BriefingAnnotationGroup, 1);

  group->label = g_strdup (label);
  group->color = g_strdup (color);
  group->items = g_ptr_array_new_with_free_func ((GDestroyNotify) briefing_composed_annotation_free);
  return group;
}

void
briefing_annotation_group_free (BriefingAnnotationGroup *group)
{
  g_free (group->label);
  g_free (group->color);
  g_ptr_array_unref (group->items);
  g_free (group);
}

void
briefing_source_free (BriefingSource *source)
{
  g_object_unref (source->article);
  g_free (source);
}

void
briefing_composer_date_span (const BriefingDate *date,
                             gint64             *start,
                             gint64             *end)
{
  BriefingDate next = *date;

  *start = briefing_date_to_unix (date);
  switch (date->precision)
    {
    case BRIEFING_DATE_PRECISION_YEAR:
      next.year++;
      break;
    case BRIEFING_DATE_PRECISION_MONTH:
      next.day = 1;
      if (++next.month > 12)
        {
          next.month = 1;
          next.year++;
        }
      break;
    case BRIEFING_DATE_PRECISION_DAY:
      *end = *start + 86400;
      return;
    case BRIEFING_DATE_PRECISION_EXACT:
    default:
      *end = *start + 1;
      return;
    }
  *end = briefing_date_to_unix (&next);
}

/* The numbering of sources */

struct _BriefingSourceTable
{
  BriefingBundle *bundle;   /* borrowed */
  GHashTable     *numbers;  /* article id (borrowed from the article) → number */
  GPtrArray      *sources;  /* of BriefingSource, by number */
  gboolean        enabled;
};

BriefingSourceTable *
briefing_source_table_new (BriefingBundle *bundle,
                           gboolean        enabled)
{
  BriefingSourceTable *table = g_new0 (BriefingSourceTable, 1);

  table->bundle = bundle;
  table->numbers = g_hash_table_new (g_str_hash, g_str_equal);
  table->sources = g_ptr_array_new_with_free_func ((GDestroyNotify) briefing_source_free);
  table->enabled = enabled;
  return table;
}

void
briefing_source_table_free (BriefingSourceTable *table)
{
  g_hash_table_unref (table->numbers);
  g_clear_pointer (&table->sources, g_ptr_array_unref);
  g_free (table);
}

guint
briefing_source_table_number (BriefingSourceTable *table,
                              const char          *article_id)
{
  BriefingArticle *article;
  BriefingSource *source;
  gpointer number;

  if (!table->enabled || article_id == NULL)
    return 0;
  if (g_hash_table_lookup_extended (table->numbers, article_id, NULL, &number))
    return GPOINTER_TO_UINT (number);

  article = briefing_bundle_lookup_article (table->bundle, article_id);
  if (article == NULL)
    return 0;

  source = g_new0 (BriefingSource, 1);
  source->article = g_object_ref (article);
  source->number = table->sources->len + 1;
  g_ptr_array_add (table->sources, source);
  g_hash_table_insert (table->numbers, (gpointer) briefing_article_get_id (article),
                       GUINT_TO_POINTER (source->number));
  return source->number;
}

void
briefing_source_table_cite (BriefingSourceTable *table,
                            GPtrArray           *citations,
                            GArray              *sources)
{
  for (guint i = 0; citations != NULL && i < citations->len; i++)
    {
      const char *article_id = briefing_citation_get_source (citations->pdata[i]);

      briefing_sources_add (sources, briefing_source_table_number (table, article_id));
    }
}

GPtrArray *
briefing_source_table_steal_sources (BriefingSourceTable *table)
{
  GPtrArray *sources = g_steal_pointer (&table->sources);

  table->sources = g_ptr_array_new_with_free_func ((GDestroyNotify) briefing_source_free);
  g_hash_table_remove_all (table->numbers);
  return sources;
}

/* The composition */

BriefingComposition *
briefing_composition_new (BriefingBundle *bundle)
{
  BriefingComposition *composition = g_new0 (BriefingComposition, 1);

  composition->ref_count = 1;
  composition->bundle = g_object_ref (bundle);
  composition->parties = g_ptr_array_new_with_free_func (g_object_unref);
  composition->bottom_line = g_ptr_array_new_with_free_func ((GDestroyNotify) briefing_statement_free);
  composition->events = g_ptr_array_new_with_free_func ((GDestroyNotify) briefing_composed_event_free);
  composition->positions = g_ptr_array_new_with_free_func ((GDestroyNotify) briefing_composed_party_free);
  composition->convergence_parties = g_ptr_array_new_with_free_func (g_object_unref);
  composition->convergence_issues = g_new0 (char *, 1);
  composition->questions = g_ptr_array_new_with_free_func ((GDestroyNotify) briefing_composed_question_free);
  composition->annotations = g_ptr_array_new_with_free_func ((GDestroyNotify) briefing_annotation_group_free);
  composition->sources = g_ptr_array_new_with_free_func ((GDestroyNotify) briefing_source_free);
  return composition;
}

BriefingComposition *
briefing_composition_ref (BriefingComposition *composition)
{
  g_return_val_if_fail (composition != NULL, NULL);
  g_return_val_if_fail (composition->ref_count > 0, NULL);

  g_atomic_int_inc (&composition->ref_count);
  return composition;
}

void
briefing_composition_push_language (BriefingComposition *composition)
{
  g_return_if_fail (composition != NULL);

  briefing_translation_push (composition->catalog);
}

const char *
briefing_composition_get_language (BriefingComposition *composition)
{
  g_return_val_if_fail (composition != NULL, NULL);

  return composition->catalog != NULL ? briefing_catalog_get_language (composition->catalog) : NULL;
}

void
briefing_composition_unref (BriefingComposition *composition)
{
  g_return_if_fail (composition != NULL);
  g_return_if_fail (composition->ref_count > 0);

  if (!g_atomic_int_dec_and_test (&composition->ref_count))
    return;

  g_object_unref (composition->bundle);
  g_free (composition->title);
  g_free (composition->subject);
  g_free (composition->prepared_by);
  g_ptr_array_unref (composition->parties);
  g_clear_pointer (&composition->catalog, briefing_catalog_unref);
  g_clear_object (&composition->latest_round);
  g_ptr_array_unref (composition->bottom_line);
  g_free (composition->summary);
  g_ptr_array_unref (composition->events);
  g_clear_object (&composition->positions_at);
  g_ptr_array_unref (composition->positions);
  g_clear_object (&composition->convergence);
  g_ptr_array_unref (composition->convergence_parties);
  g_strfreev (composition->convergence_issues);
  g_ptr_array_unref (composition->questions);
  g_ptr_array_unref (composition->annotations);
  g_ptr_array_unref (composition->sources);
  g_free (composition);
}

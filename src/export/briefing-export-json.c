/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-export-json"

#include "config.h"

#include "briefing-annotation-w3c-private.h"
#include "briefing-enum-types.h"
#include "briefing-json-writer.h"
#include "briefing-export.h"

/*
 * The Briefing JSON format (`*.briefing.json`, data/briefing.schema.json): the composed briefing
 * for machines, not a copy of the bundle. Ids are the bundle's; dates are written as in bundles
 * ("2025", "2025-06", "2025-06-02", RFC 3339), closed vocabularies by their bundle spelling.
 * Members without a value are left out, never null. Only the sections asked for are written;
 * "format", "version", "title", "date", "sections", "bundle" and "parties" always are:
 *
 *   { "format": "briefing", "version": 1, "title", "date", "language" (when chosen), "sections": [ … ],
 *     "bundle": { "id", "title" }, "period": { "start", "end" },
 *     "parties": [ { "id", "name", "role", "color" } ],                       sides first
 *     "subject", "preparedBy",                                                  cover
 *     "bottomLine": { "event", "statements": [ { "text", "sources": [1, 2] } ], "summary" },
 *     "timeline": [ { "id", "kind", "title", "description", "date", "end", "precision", "round",
 *                     "location", "participants": [ids], "mediators": [ids], "sources", "disputed",
 *                     "outcomes": [ { "status", "text", "sources", "disputed" } ] } ],
 *     "positions": { "at": EVENT, "since": EVENT, "parties": [ { "party", "demands": [ { "id", "text", "category",
 *                     "change", "sources", "disputed", "responses": [ { "party", "stance", "note",
 *                     "changed", "text", "sources" } ] } ] } ],
 *                    "convergence": { "issues": [categories], "parties": [ids],
 *                                     "cells": [ { "issue", "party", "standing", "count" } ] } },
 *     "questions": [ W3C Annotation + "briefing:ownerName", "briefing:about", "briefing:overdue" ],
 *     "annotations": { "groupBy": "color" | "tag",
 *                      "groups": [ { "label", "color", "items": [ W3C Annotation
 *                                     + "briefing:about", "briefing:source" ] } ] },
 *     "sources": [ { "number", "article", "headline", "publisher", "datePublished", "url",
 *                    "sourceGrade" } ] }
 *
 * Annotations are W3C Web Annotations as `briefing annotations export` writes them; "briefing:" is
 * the prefix of urn:briefing:ns#.
 */

static void
add_nick (BriefingJsonWriter *b,
          const char         *name,
          GType               enum_type,
          int                 value)
{
  briefing_json_writer_add_string (b, name, briefing_enum_to_nick (enum_type, value));
}

static void
add_sources (BriefingJsonWriter *b,
             GArray             *sources)
{
  briefing_json_writer_member (b, "sources");
  briefing_json_writer_begin_array (b);
  for (guint i = 0; i < sources->len; i++)
    briefing_json_writer_int (b, g_array_index (sources, guint, i));
  briefing_json_writer_end_array (b);
}

static void
add_party_ids (BriefingJsonWriter *b,
               const char         *name,
               GPtrArray          *parties)
{
  briefing_json_writer_member (b, name);
  briefing_json_writer_begin_array (b);
  for (guint i = 0; i < parties->len; i++)
    briefing_json_writer_string (b, briefing_party_get_id (parties->pdata[i]));
  briefing_json_writer_end_array (b);
}

static void
add_statement (BriefingJsonWriter *b,
               BriefingStatement  *statement)
{
  briefing_json_writer_begin_object (b);
  briefing_json_writer_add_string (b, "text", statement->text);
  add_sources (b, statement->sources);
  briefing_json_writer_end_object (b);
}

static void
add_cover (BriefingJsonWriter  *b,
           BriefingComposition *composition)
{
  GPtrArray *parties = composition->parties;

  if (briefing_date_is_set (&composition->period_start))
    {
      briefing_json_writer_member (b, "period");
      briefing_json_writer_begin_object (b);
      briefing_json_writer_add_date (b, "start", &composition->period_start);
      briefing_json_writer_add_date (b, "end", &composition->period_end);
      briefing_json_writer_end_object (b);
    }

  briefing_json_writer_member (b, "parties");
  briefing_json_writer_begin_array (b);
  for (guint i = 0; i < parties->len; i++)
    {
      BriefingParty *party = parties->pdata[i];

      briefing_json_writer_begin_object (b);
      briefing_json_writer_add_string (b, "id", briefing_party_get_id (party));
      briefing_json_writer_add_string (b, "name", briefing_party_get_name (party));
      add_nick (b, "role", BRIEFING_TYPE_PARTY_ROLE, briefing_party_get_role (party));
      briefing_json_writer_add_string (b, "color", briefing_party_get_color (party));
      briefing_json_writer_end_object (b);
    }
  briefing_json_writer_end_array (b);

  briefing_json_writer_add_string (b, "subject", composition->subject);
  briefing_json_writer_add_string (b, "preparedBy", composition->prepared_by);
}

static void
add_bottom_line (BriefingJsonWriter  *b,
                 BriefingComposition *composition)
{
  briefing_json_writer_member (b, "bottomLine");
  briefing_json_writer_begin_object (b);
  if (composition->latest_round != NULL)
    briefing_json_writer_add_string (b, "event", briefing_event_get_id (composition->latest_round));
  briefing_json_writer_member (b, "statements");
  briefing_json_writer_begin_array (b);
  for (guint i = 0; i < composition->bottom_line->len; i++)
    add_statement (b, composition->bottom_line->pdata[i]);
  briefing_json_writer_end_array (b);
  briefing_json_writer_add_string (b, "summary", composition->summary);
  briefing_json_writer_end_object (b);
}

static void
add_event (BriefingJsonWriter    *b,
           BriefingComposedEvent *composed)
{
  BriefingEvent *event = composed->event;
  BriefingDate start = briefing_event_get_display_start (event);

  briefing_json_writer_begin_object (b);
  briefing_json_writer_add_string (b, "id", briefing_event_get_id (event));
  add_nick (b, "kind", BRIEFING_TYPE_EVENT_KIND, briefing_event_get_kind (event));
  briefing_json_writer_add_string (b, "title", briefing_event_get_title (event));
  briefing_json_writer_add_string (b, "description", briefing_event_get_description (event));
  briefing_json_writer_add_date (b, "date", &start);
  briefing_json_writer_add_date (b, "end", briefing_event_get_end (event));
  add_nick (b, "precision", BRIEFING_TYPE_DATE_PRECISION, briefing_event_get_precision (event));
  if (briefing_event_get_round (event) > 0)
    briefing_json_writer_add_int (b, "round", briefing_event_get_round (event));
  briefing_json_writer_add_string (b, "location", briefing_event_get_location (event));
  add_party_ids (b, "participants", composed->participants);
  add_party_ids (b, "mediators", composed->mediators);
  add_sources (b, composed->sources);
  briefing_json_writer_add_string (b, "disputed", composed->disputed);

  briefing_json_writer_member (b, "outcomes");
  briefing_json_writer_begin_array (b);
  for (guint i = 0; i < composed->outcomes->len; i++)
    {
      BriefingComposedOutcome *outcome = composed->outcomes->pdata[i];

      briefing_json_writer_begin_object (b);
      add_nick (b, "status", BRIEFING_TYPE_OUTCOME_STATUS, outcome->status);
      briefing_json_writer_add_string (b, "text", outcome->statement->text);
      add_sources (b, outcome->statement->sources);
      briefing_json_writer_add_string (b, "disputed", outcome->disputed);
      briefing_json_writer_end_object (b);
    }
  briefing_json_writer_end_array (b);
  briefing_json_writer_end_object (b);
}

static void
add_timeline (BriefingJsonWriter  *b,
              BriefingComposition *composition)
{
  briefing_json_writer_member (b, "timeline");
  briefing_json_writer_begin_array (b);
  for (guint i = 0; i < composition->events->len; i++)
    add_event (b, composition->events->pdata[i]);
  briefing_json_writer_end_array (b);
}

static void
add_demand (BriefingJsonWriter     *b,
            BriefingComposedDemand *composed)
{
  BriefingDemand *demand = composed->demand;

  briefing_json_writer_begin_object (b);
  briefing_json_writer_add_string (b, "id", briefing_demand_get_id (demand));
  briefing_json_writer_add_string (b, "text", composed->statement->text);
  briefing_json_writer_add_string (b, "category", briefing_demand_get_category (demand));
  add_nick (b, "change", BRIEFING_TYPE_CHANGE, composed->change);
  add_sources (b, composed->statement->sources);
  briefing_json_writer_add_string (b, "disputed", composed->disputed);

  briefing_json_writer_member (b, "responses");
  briefing_json_writer_begin_array (b);
  for (guint i = 0; i < composed->responses->len; i++)
    {
      BriefingComposedResponse *response = composed->responses->pdata[i];

      briefing_json_writer_begin_object (b);
      briefing_json_writer_add_string (b, "party", briefing_party_get_id (response->party));
      add_nick (b, "stance", BRIEFING_TYPE_STANCE, response->stance);
      briefing_json_writer_add_string (b, "note", response->note);
      briefing_json_writer_member (b, "changed");
      briefing_json_writer_boolean (b, response->changed);
      briefing_json_writer_add_string (b, "text", response->statement->text);
      add_sources (b, response->statement->sources);
      briefing_json_writer_end_object (b);
    }
  briefing_json_writer_end_array (b);
  briefing_json_writer_end_object (b);
}

static void
add_convergence (BriefingJsonWriter  *b,
                 BriefingComposition *composition)
{
  GStrv issues = composition->convergence_issues;

  briefing_json_writer_member (b, "convergence");
  briefing_json_writer_begin_object (b);
  briefing_json_writer_member (b, "issues");
  briefing_json_writer_begin_array (b);
  for (guint i = 0; issues[i] != NULL; i++)
    briefing_json_writer_string (b, issues[i]);
  briefing_json_writer_end_array (b);
  add_party_ids (b, "parties", composition->convergence_parties);

  briefing_json_writer_member (b, "cells");
  briefing_json_writer_begin_array (b);
  for (guint i = 0; issues[i] != NULL; i++)
    for (guint j = 0; j < composition->convergence_parties->len; j++)
      {
        const char *party_id = briefing_party_get_id (composition->convergence_parties->pdata[j]);

        briefing_json_writer_begin_object (b);
        briefing_json_writer_add_string (b, "issue", issues[i]);
        briefing_json_writer_add_string (b, "party", party_id);
        add_nick (b, "standing", BRIEFING_TYPE_STANDING,
                  briefing_convergence_get_standing (composition->convergence, issues[i], party_id));
        briefing_json_writer_add_int (b, "count", briefing_convergence_get_count (composition->convergence, issues[i], party_id));
        briefing_json_writer_end_object (b);
      }
  briefing_json_writer_end_array (b);
  briefing_json_writer_end_object (b);
}

static void
add_positions (BriefingJsonWriter  *b,
               BriefingComposition *composition)
{
  briefing_json_writer_member (b, "positions");
  briefing_json_writer_begin_object (b);
  if (composition->positions_at != NULL)
    {
      /* What changed is what happened at the latest round and after it, or at the last event. */
      BriefingEvent *since = composition->latest_round;

      if (since == NULL)
        since = composition->positions_at;
      briefing_json_writer_add_string (b, "at", briefing_event_get_id (composition->positions_at));
      briefing_json_writer_add_string (b, "since", briefing_event_get_id (since));
    }

  briefing_json_writer_member (b, "parties");
  briefing_json_writer_begin_array (b);
  for (guint i = 0; i < composition->positions->len; i++)
    {
      BriefingComposedParty *party = composition->positions->pdata[i];

      briefing_json_writer_begin_object (b);
      briefing_json_writer_add_string (b, "party", briefing_party_get_id (party->party));
      briefing_json_writer_member (b, "demands");
      briefing_json_writer_begin_array (b);
      for (guint j = 0; j < party->demands->len; j++)
        add_demand (b, party->demands->pdata[j]);
      briefing_json_writer_end_array (b);
      briefing_json_writer_end_object (b);
    }
  briefing_json_writer_end_array (b);

  if (composition->convergence != NULL)
    add_convergence (b, composition);
  briefing_json_writer_end_object (b);
}

/* A W3C annotation with the briefing's own members after its own; the caller adds the last of
 * them and writes it. */
static JsonNode *
annotation_node (BriefingComposition *composition,
                 BriefingAnnotation  *annotation,
                 const char          *about)
{
  JsonNode *node = briefing_annotation_w3c_to_json (annotation, briefing_bundle_get_id (composition->bundle));

  if (about != NULL)
    json_object_set_string_member (json_node_get_object (node), "briefing:about", about);
  return node;
}

static void
add_questions (BriefingJsonWriter  *b,
               BriefingComposition *composition)
{
  briefing_json_writer_member (b, "questions");
  briefing_json_writer_begin_array (b);
  for (guint i = 0; i < composition->questions->len; i++)
    {
      BriefingComposedQuestion *question = composition->questions->pdata[i];
      g_autoptr(JsonNode) node = annotation_node (composition, question->annotation, question->about);
      JsonObject *object = json_node_get_object (node);

      if (question->owner != NULL)
        json_object_set_string_member (object, "briefing:ownerName", question->owner);
      json_object_set_boolean_member (object, "briefing:overdue", question->overdue);
      briefing_json_writer_node (b, node);
    }
  briefing_json_writer_end_array (b);
}

static void
add_annotations (BriefingJsonWriter  *b,
                 BriefingComposition *composition,
                 gboolean             by_tag)
{
  briefing_json_writer_member (b, "annotations");
  briefing_json_writer_begin_object (b);
  briefing_json_writer_add_string (b, "groupBy", by_tag ? "tag" : "color");
  briefing_json_writer_member (b, "groups");
  briefing_json_writer_begin_array (b);
  for (guint i = 0; i < composition->annotations->len; i++)
    {
      BriefingAnnotationGroup *group = composition->annotations->pdata[i];

      briefing_json_writer_begin_object (b);
      briefing_json_writer_add_string (b, "label", group->label);
      briefing_json_writer_add_string (b, "color", group->color);
      briefing_json_writer_member (b, "items");
      briefing_json_writer_begin_array (b);
      for (guint j = 0; j < group->items->len; j++)
        {
          BriefingComposedAnnotation *item = group->items->pdata[j];
          g_autoptr(JsonNode) node = annotation_node (composition, item->annotation, item->about);

          if (item->source > 0)
            json_object_set_int_member (json_node_get_object (node), "briefing:source", item->source);
          briefing_json_writer_node (b, node);
        }
      briefing_json_writer_end_array (b);
      briefing_json_writer_end_object (b);
    }
  briefing_json_writer_end_array (b);
  briefing_json_writer_end_object (b);
}

static void
add_sources_section (BriefingJsonWriter  *b,
                     BriefingComposition *composition)
{
  briefing_json_writer_member (b, "sources");
  briefing_json_writer_begin_array (b);
  for (guint i = 0; i < composition->sources->len; i++)
    {
      BriefingSource *source = composition->sources->pdata[i];
      BriefingArticle *article = source->article;
      BriefingSourceGrade grade = briefing_article_get_source_grade (article);

      briefing_json_writer_begin_object (b);
      briefing_json_writer_add_int (b, "number", source->number);
      briefing_json_writer_add_string (b, "article", briefing_article_get_id (article));
      briefing_json_writer_add_string (b, "headline", briefing_article_get_headline (article));
      briefing_json_writer_add_string (b, "publisher", briefing_article_get_publisher (article));
      briefing_json_writer_add_date (b, "datePublished", briefing_article_get_published (article));
      briefing_json_writer_add_string (b, "url", briefing_article_get_url (article));
      if (grade != BRIEFING_SOURCE_GRADE_NONE)
        add_nick (b, "sourceGrade", BRIEFING_TYPE_SOURCE_GRADE, grade);
      briefing_json_writer_end_object (b);
    }
  briefing_json_writer_end_array (b);
}

char *
briefing_composition_to_json (BriefingComposition *composition,
                              gsize               *length)
{
  BriefingJsonWriter *b = NULL;
  BriefingSections sections;

  g_return_val_if_fail (composition != NULL, NULL);

  sections = composition->sections;
  b = briefing_json_writer_new ();
  briefing_json_writer_begin_object (b);
  briefing_json_writer_add_string (b, "format", BRIEFING_BRIEFING_FORMAT);
  briefing_json_writer_add_int (b, "version", BRIEFING_BRIEFING_VERSION);
  briefing_json_writer_add_string (b, "title", composition->title);
  briefing_json_writer_add_date (b, "date", &composition->date);
  if (briefing_composition_get_language (composition) != NULL)
    briefing_json_writer_add_string (b, "language", briefing_composition_get_language (composition));

  briefing_json_writer_member (b, "sections");
  briefing_json_writer_begin_array (b);
  for (BriefingSections section = BRIEFING_SECTION_COVER; section & BRIEFING_SECTION_ALL; section <<= 1)
    if (sections & section)
      briefing_json_writer_string (b, briefing_section_to_nick (section));
  briefing_json_writer_end_array (b);

  briefing_json_writer_member (b, "bundle");
  briefing_json_writer_begin_object (b);
  briefing_json_writer_add_string (b, "id", briefing_bundle_get_id (composition->bundle));
  briefing_json_writer_add_string (b, "title", briefing_bundle_get_title (composition->bundle));
  briefing_json_writer_end_object (b);

  add_cover (b, composition);
  if (sections & BRIEFING_SECTION_BOTTOM_LINE)
    add_bottom_line (b, composition);
  if (sections & BRIEFING_SECTION_TIMELINE)
    add_timeline (b, composition);
  if (sections & BRIEFING_SECTION_POSITIONS)
    add_positions (b, composition);
  if (sections & BRIEFING_SECTION_QUESTIONS)
    add_questions (b, composition);
  if (sections & BRIEFING_SECTION_ANNOTATIONS)
    add_annotations (b, composition, composition->grouping == BRIEFING_GROUP_BY_TAG);
  if (sections & BRIEFING_SECTION_SOURCES)
    add_sources_section (b, composition);
  briefing_json_writer_end_object (b);

  return briefing_json_writer_finish (b, length);
}

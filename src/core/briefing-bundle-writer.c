/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-bundle-writer"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "briefing-bundle-reader.h"
#include "briefing-bundle-writer.h"
#include "briefing-enum-types.h"
#include "briefing-json-writer.h"
#include "briefing-save-file-private.h"

/* Members are written in the order the format's documentation lists them, and optional members
 * only when set, so a saved bundle reads like a hand-written one. */

static void
add_enum (BriefingJsonWriter *b,
          const char         *name,
          GType               type,
          int                 value)
{
  briefing_json_writer_add_string (b, name, briefing_enum_to_nick (type, value));
}

static void
add_id_list (BriefingJsonWriter *b,
             const char         *name,
             GPtrArray          *ids)
{
  if (ids == NULL || ids->len == 0)
    return;
  briefing_json_writer_member (b, name);
  briefing_json_writer_begin_array (b);
  for (guint i = 0; i < ids->len; i++)
    briefing_json_writer_string (b, ids->pdata[i]);
  briefing_json_writer_end_array (b);
}

static void
add_citation (BriefingJsonWriter *b,
              BriefingCitation   *citation)
{
  gint64 start, end;

  briefing_json_writer_begin_object (b);
  briefing_json_writer_add_string (b, "source", briefing_citation_get_source (citation));
  briefing_json_writer_member (b, "selector");
  briefing_json_writer_begin_array (b);

  briefing_json_writer_begin_object (b);
  briefing_json_writer_add_string (b, "type", "TextQuoteSelector");
  briefing_json_writer_add_string (b, "exact", briefing_citation_get_exact (citation));
  briefing_json_writer_add_string (b, "prefix", briefing_citation_get_prefix (citation));
  briefing_json_writer_add_string (b, "suffix", briefing_citation_get_suffix (citation));
  briefing_json_writer_end_object (b);

  if (briefing_citation_get_position (citation, &start, &end))
    {
      briefing_json_writer_begin_object (b);
      briefing_json_writer_add_string (b, "type", "TextPositionSelector");
      briefing_json_writer_member (b, "start");
      briefing_json_writer_int (b, start);
      briefing_json_writer_member (b, "end");
      briefing_json_writer_int (b, end);
      briefing_json_writer_end_object (b);
    }

  briefing_json_writer_end_array (b);
  briefing_json_writer_end_object (b);
}

static void
add_citations (BriefingJsonWriter *b,
               const char         *name,
               GPtrArray          *citations,
               gboolean            always)
{
  if (!always && (citations == NULL || citations->len == 0))
    return;
  briefing_json_writer_member (b, name);
  briefing_json_writer_begin_array (b);
  for (guint i = 0; citations != NULL && i < citations->len; i++)
    add_citation (b, citations->pdata[i]);
  briefing_json_writer_end_array (b);
}

static void
add_disputed (BriefingJsonWriter *b,
              BriefingDispute    *dispute)
{
  if (dispute == NULL)
    return;
  briefing_json_writer_member (b, "disputed");
  briefing_json_writer_begin_object (b);
  briefing_json_writer_add_string (b, "note", briefing_dispute_get_note (dispute));
  add_citations (b, "citations", briefing_dispute_get_citations (dispute), TRUE);
  briefing_json_writer_end_object (b);
}

static void
add_party (BriefingJsonWriter *b,
           BriefingParty      *party)
{
  GPtrArray *reps = briefing_party_get_representatives (party);

  briefing_json_writer_begin_object (b);
  briefing_json_writer_add_string (b, "id", briefing_party_get_id (party));
  briefing_json_writer_add_string (b, "name", briefing_party_get_name (party));
  briefing_json_writer_add_string (b, "shortName", briefing_party_get_short_name (party));
  add_enum (b, "role", BRIEFING_TYPE_PARTY_ROLE, briefing_party_get_role (party));
  briefing_json_writer_add_string (b, "color", briefing_party_get_color (party));
  if (reps->len > 0)
    {
      briefing_json_writer_member (b, "representatives");
      briefing_json_writer_begin_array (b);
      for (guint i = 0; i < reps->len; i++)
        {
          BriefingPerson *rep = reps->pdata[i];

          briefing_json_writer_begin_object (b);
          briefing_json_writer_add_string (b, "name", rep->name);
          briefing_json_writer_add_string (b, "title", rep->title);
          briefing_json_writer_end_object (b);
        }
      briefing_json_writer_end_array (b);
    }
  briefing_json_writer_add_string (b, "reliabilityNotes", briefing_party_get_reliability_notes (party));
  briefing_json_writer_end_object (b);
}

static void
add_article (BriefingJsonWriter *b,
             BriefingArticle    *article)
{
  const char * const *authors = briefing_article_get_authors (article);
  GPtrArray *images = briefing_article_get_images (article);
  BriefingSourceGrade grade = briefing_article_get_source_grade (article);

  briefing_json_writer_begin_object (b);
  briefing_json_writer_add_string (b, "id", briefing_article_get_id (article));
  briefing_json_writer_add_string (b, "headline", briefing_article_get_headline (article));
  briefing_json_writer_add_string (b, "publisher", briefing_article_get_publisher (article));
  briefing_json_writer_add_string (b, "url", briefing_article_get_url (article));
  briefing_json_writer_add_date (b, "datePublished", briefing_article_get_published (article));
  briefing_json_writer_add_string (b, "inLanguage", briefing_article_get_language (article));
  if (authors != NULL && authors[0] != NULL)
    {
      briefing_json_writer_member (b, "author");
      briefing_json_writer_begin_array (b);
      for (guint i = 0; authors[i] != NULL; i++)
        briefing_json_writer_string (b, authors[i]);
      briefing_json_writer_end_array (b);
    }

  briefing_json_writer_member (b, "articleBody");
  briefing_json_writer_begin_array (b);
  for (guint i = 0; i < briefing_article_get_n_paragraphs (article); i++)
    {
      g_autofree char *para = briefing_article_dup_paragraph (article, i);

      briefing_json_writer_string (b, para);
    }
  briefing_json_writer_end_array (b);

  if (images->len > 0)
    {
      briefing_json_writer_member (b, "image");
      briefing_json_writer_begin_array (b);
      for (guint i = 0; i < images->len; i++)
        {
          BriefingImage *image = images->pdata[i];

          briefing_json_writer_begin_object (b);
          briefing_json_writer_add_string (b, "contentUrl", image->content_url);
          briefing_json_writer_add_string (b, "caption", image->caption);
          briefing_json_writer_add_string (b, "creditText", image->credit);
          briefing_json_writer_end_object (b);
        }
      briefing_json_writer_end_array (b);
    }

  if (grade != BRIEFING_SOURCE_GRADE_NONE)
    add_enum (b, "sourceGrade", BRIEFING_TYPE_SOURCE_GRADE, grade);
  briefing_json_writer_end_object (b);
}

static void
add_event (BriefingJsonWriter *b,
           BriefingEvent      *event)
{
  GPtrArray *heads = briefing_event_get_delegation_heads (event);
  GPtrArray *outcomes = briefing_event_get_outcomes (event);

  briefing_json_writer_begin_object (b);
  briefing_json_writer_add_string (b, "id", briefing_event_get_id (event));
  add_enum (b, "kind", BRIEFING_TYPE_EVENT_KIND, briefing_event_get_kind (event));
  briefing_json_writer_add_string (b, "title", briefing_event_get_title (event));
  briefing_json_writer_add_string (b, "description", briefing_event_get_description (event));
  briefing_json_writer_add_date (b, "start", briefing_event_get_start (event));
  briefing_json_writer_add_date (b, "end", briefing_event_get_end (event));
  if (briefing_event_get_duration (event) >= 0)
    {
      g_autofree char *duration = briefing_duration_to_string (briefing_event_get_duration (event));

      briefing_json_writer_add_string (b, "duration", duration);
    }
  if (briefing_event_has_explicit_precision (event))
    add_enum (b, "precision", BRIEFING_TYPE_DATE_PRECISION, briefing_event_get_precision (event));
  if (briefing_event_get_round (event) > 0)
    {
      briefing_json_writer_member (b, "round");
      briefing_json_writer_int (b, briefing_event_get_round (event));
    }
  briefing_json_writer_add_string (b, "location", briefing_event_get_location (event));
  add_id_list (b, "participants", briefing_event_get_participants (event));
  add_id_list (b, "mediators", briefing_event_get_mediators (event));
  briefing_json_writer_add_string (b, "host", briefing_event_get_host (event));
  if (heads->len > 0)
    {
      briefing_json_writer_member (b, "delegationHeads");
      briefing_json_writer_begin_array (b);
      for (guint i = 0; i < heads->len; i++)
        {
          BriefingPerson *head = heads->pdata[i];

          briefing_json_writer_begin_object (b);
          briefing_json_writer_add_string (b, "party", head->party);
          briefing_json_writer_add_string (b, "name", head->name);
          briefing_json_writer_add_string (b, "title", head->title);
          briefing_json_writer_end_object (b);
        }
      briefing_json_writer_end_array (b);
    }
  if (outcomes->len > 0)
    {
      briefing_json_writer_member (b, "outcomes");
      briefing_json_writer_begin_array (b);
      for (guint i = 0; i < outcomes->len; i++)
        {
          BriefingOutcome *outcome = outcomes->pdata[i];

          briefing_json_writer_begin_object (b);
          briefing_json_writer_add_string (b, "text", briefing_outcome_get_text (outcome));
          add_enum (b, "status", BRIEFING_TYPE_OUTCOME_STATUS, briefing_outcome_get_status (outcome));
          add_citations (b, "citations", briefing_outcome_get_citations (outcome), TRUE);
          add_disputed (b, briefing_outcome_get_disputed (outcome));
          briefing_json_writer_end_object (b);
        }
      briefing_json_writer_end_array (b);
    }
  add_citations (b, "citations", briefing_event_get_citations (event), FALSE);
  add_disputed (b, briefing_event_get_disputed (event));
  briefing_json_writer_end_object (b);
}

static void
add_demand (BriefingJsonWriter *b,
            BriefingDemand     *demand)
{
  GPtrArray *responses = briefing_demand_get_responses (demand);

  briefing_json_writer_begin_object (b);
  briefing_json_writer_add_string (b, "id", briefing_demand_get_id (demand));
  briefing_json_writer_add_string (b, "party", briefing_demand_get_party (demand));
  briefing_json_writer_add_string (b, "text", briefing_demand_get_text (demand));
  briefing_json_writer_add_string (b, "category", briefing_demand_get_category (demand));
  briefing_json_writer_add_string (b, "firstStated", briefing_demand_get_first_stated (demand));
  add_id_list (b, "reiterated", briefing_demand_get_reiterated (demand));
  briefing_json_writer_add_string (b, "withdrawn", briefing_demand_get_withdrawn (demand));
  add_citations (b, "citations", briefing_demand_get_citations (demand), TRUE);
  if (responses->len > 0)
    {
      briefing_json_writer_member (b, "responses");
      briefing_json_writer_begin_array (b);
      for (guint i = 0; i < responses->len; i++)
        {
          BriefingResponse *response = responses->pdata[i];

          briefing_json_writer_begin_object (b);
          briefing_json_writer_add_string (b, "party", briefing_response_get_party (response));
          briefing_json_writer_add_string (b, "event", briefing_response_get_event (response));
          add_enum (b, "stance", BRIEFING_TYPE_STANCE, briefing_response_get_stance (response));
          briefing_json_writer_add_string (b, "note", briefing_response_get_note (response));
          add_citations (b, "citations", briefing_response_get_citations (response), FALSE);
          add_disputed (b, briefing_response_get_disputed (response));
          briefing_json_writer_end_object (b);
        }
      briefing_json_writer_end_array (b);
    }
  if (briefing_demand_get_credibility (demand) > 0)
    {
      briefing_json_writer_member (b, "credibility");
      briefing_json_writer_int (b, briefing_demand_get_credibility (demand));
    }
  add_disputed (b, briefing_demand_get_disputed (demand));
  briefing_json_writer_end_object (b);
}

static void
add_item (BriefingJsonWriter *b,
          GObject            *item)
{
  if (BRIEFING_IS_PARTY (item))
    add_party (b, BRIEFING_PARTY (item));
  else if (BRIEFING_IS_ARTICLE (item))
    add_article (b, BRIEFING_ARTICLE (item));
  else if (BRIEFING_IS_EVENT (item))
    add_event (b, BRIEFING_EVENT (item));
  else
    add_demand (b, BRIEFING_DEMAND (item));
}

static void
add_collection (BriefingJsonWriter *b,
                const char         *name,
                GListModel         *model)
{
  guint n = g_list_model_get_n_items (model);

  briefing_json_writer_member (b, name);
  briefing_json_writer_begin_array (b);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      add_item (b, item);
    }
  briefing_json_writer_end_array (b);
}

char *
briefing_bundle_to_data (BriefingBundle *bundle,
                         gsize          *length)
{
  BriefingJsonWriter *b = NULL;

  g_return_val_if_fail (BRIEFING_IS_BUNDLE (bundle), NULL);

  b = briefing_json_writer_new ();
  briefing_json_writer_begin_object (b);
  briefing_json_writer_add_string (b, "format", BRIEFING_BUNDLE_FORMAT);
  briefing_json_writer_member (b, "version");
  briefing_json_writer_int (b, BRIEFING_BUNDLE_VERSION);
  briefing_json_writer_add_string (b, "$schema", briefing_bundle_get_schema_uri (bundle));
  briefing_json_writer_add_string (b, "id", briefing_bundle_get_id (bundle));
  briefing_json_writer_add_string (b, "title", briefing_bundle_get_title (bundle));
  briefing_json_writer_add_string (b, "description", briefing_bundle_get_description (bundle));
  briefing_json_writer_add_string (b, "language", briefing_bundle_get_language (bundle));
  briefing_json_writer_add_date (b, "created", briefing_bundle_get_created (bundle));
  briefing_json_writer_add_date (b, "updated", briefing_bundle_get_updated (bundle));
  add_collection (b, "parties", briefing_bundle_get_parties (bundle));
  add_collection (b, "articles", briefing_bundle_get_articles (bundle));
  add_collection (b, "events", briefing_bundle_get_events (bundle));
  add_collection (b, "demands", briefing_bundle_get_demands (bundle));
  briefing_json_writer_end_object (b);

  return briefing_json_writer_finish (b, length);
}

/* Written to a temporary file, flushed to disk and renamed over the old one: a crash leaves the
 * old file or the new one, never a torn one. */
gboolean
briefing_bundle_save_to_file (BriefingBundle *bundle,
                              const char     *path,
                              GError        **error)
{
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (BRIEFING_IS_BUNDLE (bundle), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  data = briefing_bundle_to_data (bundle, &length);
  return briefing_save_file_contents (path, data, length, 0644, error);
}

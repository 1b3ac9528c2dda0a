/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-extract-apply"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "briefing-enum-types.h"
#include "briefing-extract-private.h"
#include "briefing-util-private.h"

/* (transfer none): @pool keeps it until the caller has handed it to its owner. */
static BriefingCitation *
make_citation (BriefingExtraction      *self,
               GPtrArray               *pool,
               const BriefingCandidate *candidate)
{
  BriefingCitation *citation = briefing_citation_new (briefing_article_get_id (self->article),
                                                      candidate->exact);

  briefing_citation_set_prefix (citation, candidate->prefix);
  briefing_citation_set_suffix (citation, candidate->suffix);
  briefing_citation_set_position (citation, candidate->char_start, candidate->char_end);
  briefing_citation_set_anchor (citation, candidate->start, candidate->end);
  g_ptr_array_add (pool, citation);
  return citation;
}

/* Adds @candidate's quote to @owner (an outcome or a response) unless it cites those words of the
 * article already. */
static void
add_citation_once (GPtrArray               *citations,
                   gpointer                 owner,
                   BriefingExtraction      *self,
                   GPtrArray               *pool,
                   const BriefingCandidate *candidate)
{
  BriefingCitation *citation = make_citation (self, pool, candidate);

  for (guint i = 0; i < citations->len; i++)
    if (briefing_citation_equal (citations->pdata[i], citation))
      return;
  if (BRIEFING_IS_OUTCOME (owner))
    briefing_outcome_add_citation (owner, citation);
  else
    briefing_response_add_citation (owner, citation);
}

static gboolean
refuse (GError **error,
        char    *message)
{
  g_set_error_literal (error, BRIEFING_EXTRACT_ERROR, BRIEFING_EXTRACT_ERROR_INVALID_CHOICE, message);
  g_free (message);
  return FALSE;
}

/* Whether @id will be there once the accepted candidates are added. */
static gboolean
will_exist (BriefingBundle *bundle,
            GHashTable     *added,
            const char     *id)
{
  return id != NULL && (g_hash_table_contains (added, id) || briefing_bundle_lookup (bundle, id) != NULL);
}

static gboolean
check (BriefingExtraction  *self,
       BriefingBundle      *bundle,
       GPtrArray           *accepted,
       GError             **error)
{
  g_autoptr(GHashTable) added = g_hash_table_new (g_str_hash, g_str_equal);
  GObject *owner = briefing_bundle_lookup (bundle, briefing_article_get_id (self->article));

  if (owner != NULL && !BRIEFING_IS_ARTICLE (owner))
    return refuse (error, g_strdup_printf (_("The article’s id “%s” is taken by another item of the bundle"),
                   briefing_article_get_id (self->article)));

  for (guint i = 0; i < accepted->len; i++)
    {
      const BriefingCandidate *c = g_ptr_array_index (accepted, i);

      if (c->existing || c->id == NULL ||
          (c->kind != BRIEFING_CANDIDATE_PARTY && c->kind != BRIEFING_CANDIDATE_EVENT &&
           c->kind != BRIEFING_CANDIDATE_DEMAND))
        continue;
      if (briefing_bundle_lookup (bundle, c->id) != NULL || g_hash_table_contains (added, c->id))
        return refuse (error, g_strdup_printf (_("The id “%s” is already taken in the bundle"), c->id));
      g_hash_table_add (added, c->id);
    }

  for (guint i = 0; i < accepted->len; i++)
    {
      const BriefingCandidate *c = g_ptr_array_index (accepted, i);

      switch (c->kind)
        {
        case BRIEFING_CANDIDATE_OUTCOME:
          if (!will_exist (bundle, added, c->ref))
            return refuse (error, g_strdup_printf (_("The outcome “%s” belongs to the event “%s”; accept that event too"),
                           c->text, c->ref ? c->ref : "?"));
          break;
        case BRIEFING_CANDIDATE_DEMAND:
          if (!will_exist (bundle, added, c->party))
            return refuse (error, g_strdup_printf (_("The demand “%s” is made by “%s”; accept that party too"), c->text, c->party));
          if (!c->existing && !will_exist (bundle, added, c->ref))
            return refuse (error, g_strdup_printf (_("The demand “%s” was stated at the event “%s”; accept that event too"),
                           c->text, c->ref ? c->ref : "?"));
          break;
        case BRIEFING_CANDIDATE_RESPONSE:
          if (!will_exist (bundle, added, c->ref))
            return refuse (error, g_strdup_printf (_("A response answers the demand “%s”; accept that demand too"), c->ref));
          if (!will_exist (bundle, added, c->party) || !will_exist (bundle, added, c->event))
            return refuse (error, g_strdup_printf (_("A response needs the party “%s” and the event “%s”; accept them too"),
                           c->party, c->event ? c->event : "?"));
          break;
        default:
          break;
        }
    }
  return TRUE;
}

static void
add_participants (BriefingEvent *event,
                  GPtrArray     *accepted)
{
  for (guint i = 0; i < accepted->len; i++)
    {
      const BriefingCandidate *c = g_ptr_array_index (accepted, i);

      if (c->kind != BRIEFING_CANDIDATE_PARTY || briefing_event_involves (event, c->id))
        continue;
      if (c->role == BRIEFING_PARTY_ROLE_PARTY)
        briefing_event_add_participant (event, c->id);
      else if (c->role == BRIEFING_PARTY_ROLE_MEDIATOR)
        briefing_event_add_mediator (event, c->id);
      else if (c->role == BRIEFING_PARTY_ROLE_HOST && briefing_event_get_host (event) == NULL)
        briefing_event_set_host (event, c->id);
    }
}

static void
add_person (BriefingBundle          *bundle,
            const BriefingCandidate *c,
            BriefingEvent           *round)
{
  BriefingParty *party = briefing_bundle_lookup_party (bundle, c->party);
  GPtrArray *people;
  gboolean known = FALSE;

  if (party == NULL)
    return;
  people = briefing_party_get_representatives (party);
  for (guint i = 0; i < people->len; i++)
    known |= g_strcmp0 (((BriefingPerson *) g_ptr_array_index (people, i))->name, c->name) == 0;
  if (!known)
    briefing_party_add_representative (party, c->name, c->title);

  if (round != NULL && g_strcmp0 (c->category, "delegation-head") == 0)
    {
      GPtrArray *heads = briefing_event_get_delegation_heads (round);

      for (guint i = 0; i < heads->len; i++)
        if (g_strcmp0 (((BriefingPerson *) g_ptr_array_index (heads, i))->name, c->name) == 0)
          return;
      briefing_event_add_delegation_head (round, c->party, c->name, c->title);
    }
}

gboolean
briefing_extraction_apply (BriefingExtraction  *self,
                           BriefingBundle      *bundle,
                           GArray              *accepted_or_null,
                           GError             **error)
{
  g_autoptr(GPtrArray) accepted = g_ptr_array_new ();
  g_autoptr(GPtrArray) pool = g_ptr_array_new_with_free_func (g_object_unref);
  BriefingEvent *round = NULL;

  g_return_val_if_fail (BRIEFING_IS_EXTRACTION (self), FALSE);
  g_return_val_if_fail (BRIEFING_IS_BUNDLE (bundle), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  for (guint i = 0; i < (accepted_or_null ? accepted_or_null->len : self->candidates->len); i++)
    {
      guint index = accepted_or_null ? g_array_index (accepted_or_null, guint, i) : i;

      if (index >= self->candidates->len)
        {
          g_set_error (error, BRIEFING_EXTRACT_ERROR, BRIEFING_EXTRACT_ERROR_INVALID_CHOICE,
                       /* Translators: the first %u is a number the user gave, the second how many there are */
                       _("There is no candidate number %u; the extraction has %u"),
                       index, self->candidates->len);
          return FALSE;
        }
      if (!g_ptr_array_find (accepted, g_ptr_array_index (self->candidates, index), NULL))
        g_ptr_array_add (accepted, g_ptr_array_index (self->candidates, index));
    }

  if (!check (self, bundle, accepted, error))
    return FALSE;

  /* Nothing below fails: every reference was checked above. */
  if (briefing_bundle_lookup (bundle, briefing_article_get_id (self->article)) == NULL)
    briefing_bundle_add_article (bundle, self->article);

  for (guint i = 0; i < accepted->len; i++)
    {
      const BriefingCandidate *c = g_ptr_array_index (accepted, i);

      if (c->kind == BRIEFING_CANDIDATE_PARTY && !c->existing)
        {
          /* Names and titles read from an article are kept to what a bundle holds (one line). */
          g_autofree char *name = briefing_label_shorten (c->name);
          g_autoptr(BriefingParty) party = briefing_party_new (c->id, name, c->role);

          briefing_bundle_add_party (bundle, party);
        }
    }

  for (guint i = 0; i < accepted->len; i++)
    {
      const BriefingCandidate *c = g_ptr_array_index (accepted, i);
      g_autoptr(BriefingEvent) event = NULL;
      g_autofree char *title = NULL;
      g_autofree char *place = NULL;

      if (c->kind != BRIEFING_CANDIDATE_EVENT)
        continue;
      if (c->existing)
        {
          if (round == NULL && c->event_kind == BRIEFING_EVENT_KIND_TALKS)
            round = briefing_bundle_lookup_event (bundle, c->id);
          continue;
        }
      title = briefing_label_shorten (c->title);
      place = briefing_label_shorten (c->place);
      event = briefing_event_new (c->id, c->event_kind, title, &c->date);
      if (place != NULL)
        briefing_event_set_location (event, place);
      briefing_event_add_citation (event, make_citation (self, pool, c));
      if (c->event_kind == BRIEFING_EVENT_KIND_TALKS)
        add_participants (event, accepted);
      else if (c->party != NULL && briefing_bundle_lookup_party (bundle, c->party) != NULL)
        briefing_event_add_participant (event, c->party);
      briefing_bundle_add_event (bundle, event);
      if (round == NULL && c->event_kind == BRIEFING_EVENT_KIND_TALKS)
        round = event;
    }

  for (guint i = 0; i < accepted->len; i++)
    {
      const BriefingCandidate *c = g_ptr_array_index (accepted, i);

      switch (c->kind)
        {
        case BRIEFING_CANDIDATE_PERSON:
          add_person (bundle, c, round);
          break;

        case BRIEFING_CANDIDATE_OUTCOME:
          {
            BriefingEvent *event = briefing_bundle_lookup_event (bundle, c->ref);
            BriefingOutcome *known = briefing_extract_find_outcome (event, c->text);
            g_autoptr(BriefingOutcome) outcome = NULL;

            if (known != NULL)
              {
                add_citation_once (briefing_outcome_get_citations (known), known, self, pool, c);
                break;
              }
            outcome = briefing_outcome_new (c->text, c->status);
            briefing_outcome_add_citation (outcome, make_citation (self, pool, c));
            briefing_event_add_outcome (event, outcome);
          }
          break;

        case BRIEFING_CANDIDATE_DEMAND:
          if (c->existing)
            {
              BriefingDemand *demand = briefing_bundle_lookup_demand (bundle, c->id);

              briefing_demand_add_citation (demand, make_citation (self, pool, c));
              if (c->ref != NULL && briefing_bundle_lookup_event (bundle, c->ref) != NULL &&
                  g_strcmp0 (briefing_demand_get_first_stated (demand), c->ref) != 0 &&
                  !g_ptr_array_find_with_equal_func (briefing_demand_get_reiterated (demand), c->ref,
                                                     g_str_equal, NULL))
                briefing_demand_add_reiterated (demand, c->ref);
            }
          else
            {
              g_autoptr(BriefingDemand) demand = briefing_demand_new (c->id, c->party, c->text, c->category);

              briefing_demand_set_first_stated (demand, c->ref);
              briefing_demand_add_citation (demand, make_citation (self, pool, c));
              briefing_bundle_add_demand (bundle, demand);
            }
          break;

        default:
          break;
        }
    }

  /* responses last: their demands now exist */
  for (guint i = 0; i < accepted->len; i++)
    {
      const BriefingCandidate *c = g_ptr_array_index (accepted, i);
      g_autoptr(BriefingResponse) response = NULL;

      BriefingDemand *demand;
      BriefingResponse *known;

      if (c->kind != BRIEFING_CANDIDATE_RESPONSE)
        continue;
      demand = briefing_bundle_lookup_demand (bundle, c->ref);
      if ((known = briefing_extract_find_response (demand, c->party, c->event)) != NULL)
        {
          add_citation_once (briefing_response_get_citations (known), known, self, pool, c);
          continue;
        }
      response = briefing_response_new (c->party, c->event, c->stance);
      briefing_response_add_citation (response, make_citation (self, pool, c));
      briefing_demand_add_response (demand, response);
    }

  return TRUE;
}

JsonNode *
briefing_extraction_to_json (BriefingExtraction *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (BRIEFING_IS_EXTRACTION (self), NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "article");
  json_builder_add_string_value (builder, briefing_article_get_id (self->article));
  json_builder_set_member_name (builder, "candidates");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->candidates->len; i++)
    {
      const BriefingCandidate *c = g_ptr_array_index (self->candidates, i);
      const struct { const char *name; const char *value; } strings[] = {
        { "id", c->id }, { "name", c->name }, { "title", c->title }, { "text", c->text },
        { "party", c->party }, { "ref", c->ref }, { "event", c->event }, { "category", c->category },
        { "place", c->place }, { "unit", c->unit },
      };
      g_autofree char *date = briefing_date_is_set (&c->date) ? briefing_date_to_string (&c->date) : NULL;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "index");
      json_builder_add_int_value (builder, i);
      json_builder_set_member_name (builder, "kind");
      json_builder_add_string_value (builder, briefing_candidate_kind_to_nick (c->kind));
      for (guint j = 0; j < G_N_ELEMENTS (strings); j++)
        if (strings[j].value != NULL)
          {
            json_builder_set_member_name (builder, strings[j].name);
            json_builder_add_string_value (builder, strings[j].value);
          }
      if (date != NULL)
        {
          json_builder_set_member_name (builder, "date");
          json_builder_add_string_value (builder, date);
        }
      if (c->kind == BRIEFING_CANDIDATE_PARTY)
        {
          json_builder_set_member_name (builder, "role");
          json_builder_add_string_value (builder, briefing_enum_to_nick (BRIEFING_TYPE_PARTY_ROLE, c->role));
        }
      else if (c->kind == BRIEFING_CANDIDATE_EVENT)
        {
          json_builder_set_member_name (builder, "eventKind");
          json_builder_add_string_value (builder, briefing_enum_to_nick (BRIEFING_TYPE_EVENT_KIND, c->event_kind));
        }
      else if (c->kind == BRIEFING_CANDIDATE_OUTCOME)
        {
          json_builder_set_member_name (builder, "status");
          json_builder_add_string_value (builder, briefing_enum_to_nick (BRIEFING_TYPE_OUTCOME_STATUS, c->status));
        }
      else if (c->kind == BRIEFING_CANDIDATE_RESPONSE)
        {
          json_builder_set_member_name (builder, "stance");
          json_builder_add_string_value (builder, briefing_enum_to_nick (BRIEFING_TYPE_STANCE, c->stance));
        }
      else if (c->kind == BRIEFING_CANDIDATE_FIGURE)
        {
          json_builder_set_member_name (builder, "value");
          json_builder_add_double_value (builder, c->value);
        }
      json_builder_set_member_name (builder, "existing");
      json_builder_add_boolean_value (builder, c->existing);
      json_builder_set_member_name (builder, "confidence");
      json_builder_add_double_value (builder, c->confidence);
      json_builder_set_member_name (builder, "quote");
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "exact");
      json_builder_add_string_value (builder, c->exact);
      json_builder_set_member_name (builder, "prefix");
      json_builder_add_string_value (builder, c->prefix ? c->prefix : "");
      json_builder_set_member_name (builder, "suffix");
      json_builder_add_string_value (builder, c->suffix ? c->suffix : "");
      json_builder_set_member_name (builder, "start");
      json_builder_add_int_value (builder, c->char_start);
      json_builder_set_member_name (builder, "end");
      json_builder_add_int_value (builder, c->char_end);
      json_builder_end_object (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

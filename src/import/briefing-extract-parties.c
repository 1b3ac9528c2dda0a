/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Which of the gazetteer's countries and organisations are parties of the article, in which role,
 * and the people it names. */
#define G_LOG_DOMAIN "briefing-extract-parties"

#include "config.h"

#include "briefing-extract-private.h"

/* Parties and people */

static BriefingGazEntity *
entity_at (BriefingExtractor *ex,
           guint              index)
{
  return g_ptr_array_index (ex->rules->entities, index);
}

static gboolean
same_name (const char *a,
           const char *b)
{
  return a != NULL && b != NULL && g_utf8_collate (a, b) == 0;
}

/* The bundle's party that is this entity, by id or by any of its names. */
BriefingParty *
briefing_extractor_lookup_party (BriefingExtractor *ex,
                                 BriefingGazEntity *entity)
{
  GListModel *parties;

  if (ex->bundle == NULL)
    return NULL;
  parties = briefing_bundle_get_parties (ex->bundle);
  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(BriefingParty) party = g_list_model_get_item (parties, i);
      const char *names[] = { briefing_party_get_id (party), briefing_party_get_name (party),
                              briefing_party_get_short_name (party) };

      for (guint j = 0; j < G_N_ELEMENTS (names); j++)
        {
          if (same_name (names[j], entity->id))
            return party;
          for (guint k = 0; k < entity->names->len; k++)
            if (same_name (names[j], g_ptr_array_index (entity->names, k)))
              return party;
        }
    }
  return NULL;
}

/* Whether a role cue sits right by a mention of @entity: "Turkish mediation", "Fidan, who chaired",
 * "mediated by Türkiye". Only the nearest name on each side of the cue counts. */
static gboolean
has_role_cue (BriefingExtractor *ex,
              GRegex            *cue,
              guint              entity)
{
  g_autoptr(GMatchInfo) info = NULL;

  if (cue == NULL)
    return FALSE;
  g_regex_match_full (cue, ex->text, ex->length, 0, 0, &info, NULL);
  for (; g_match_info_matches (info); g_match_info_next (info, NULL))
    {
      int start, end;
      int before = -1, after = -1;

      g_match_info_fetch_pos (info, 0, &start, &end);
      for (guint i = 0; i < ex->mentions->len; i++)
        {
          BriefingMention *m = &g_array_index (ex->mentions, BriefingMention, i);

          if (m->end <= (gsize) start && (gsize) start - m->end <= 40 &&
              briefing_extractor_sentence_at (ex, m->start) == briefing_extractor_sentence_at (ex, start))
            before = m->entity;
          else if (m->start >= (gsize) end && m->start - end <= 20 && after < 0)
            after = m->entity;
        }
      if (before == (int) entity || after == (int) entity)
        return TRUE;
    }
  return FALSE;
}

/* Whether an outcome or a response already found is said or given by entity @entity. */
static gboolean
speaks_in_candidates (BriefingExtractor *ex,
                      guint              entity)
{
  GPtrArray *lists[] = { ex->outcomes, ex->responses };

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; i < lists[l]->len; i++)
      {
        const BriefingCandidate *c = g_ptr_array_index (lists[l], i);

        if (g_strcmp0 (c->party, ex->party_ids[entity]) == 0)
          return TRUE;
      }
  return FALSE;
}

void
briefing_extractor_find_parties (BriefingExtractor *ex)
{
  guint n = ex->rules->entities->len;
  g_autofree guint *sentences = g_new0 (guint, n);
  g_autofree int *last_sentence = g_new (int, n);
  g_autofree int *first_mention = g_new (int, n);

  for (guint i = 0; i < n; i++)
    last_sentence[i] = first_mention[i] = -1;
  for (guint i = 0; i < ex->mentions->len; i++)
    {
      BriefingMention *m = &g_array_index (ex->mentions, BriefingMention, i);
      int sentence = briefing_extractor_sentence_at (ex, m->start);

      if (first_mention[m->entity] < 0)
        first_mention[m->entity] = i;
      if (last_sentence[m->entity] != sentence)
        sentences[m->entity]++;
      last_sentence[m->entity] = sentence;
    }

  for (guint i = 0; i < n; i++)
    {
      BriefingGazEntity *entity = entity_at (ex, i);
      BriefingMention *first;
      BriefingCandidate *candidate;
      gboolean mediator, host;

      if (first_mention[i] < 0)
        continue;
      mediator = has_role_cue (ex, ex->rules->mediator_cue, i);
      host = !mediator && has_role_cue (ex, ex->rules->host_cue, i);
      /* One passing mention does not make a party; a role, a demand, an answer or an outcome it
       * states (which need the party in the bundle), or repeated mention does. */
      if (sentences[i] < ex->rules->participation_threshold && !mediator && !host && !ex->holds_demand[i] &&
          !speaks_in_candidates (ex, i))
        continue;

      first = &g_array_index (ex->mentions, BriefingMention, first_mention[i]);
      candidate = briefing_candidate_new (BRIEFING_CANDIDATE_PARTY);
      candidate->id = g_strdup (ex->party_ids[i]);
      candidate->name = g_strdup (entity->name);
      candidate->existing = ex->existing_party[i];
      candidate->role = mediator ? BRIEFING_PARTY_ROLE_MEDIATOR
                      : host ? BRIEFING_PARTY_ROLE_HOST : BRIEFING_PARTY_ROLE_PARTY;
      candidate->confidence = MIN (0.95, 0.4 + 0.15 * sentences[i]);
      briefing_candidate_set_quote (candidate, ex->text, first->start, first->end);
      g_ptr_array_add (ex->parties, candidate);
    }
}

void
briefing_extractor_find_people (BriefingExtractor *ex)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < ex->mentions->len; i++)
    {
      BriefingMention *m = &g_array_index (ex->mentions, BriefingMention, i);
      BriefingGazEntity *entity = entity_at (ex, m->entity);
      BriefingGazPerson *person;
      BriefingCandidate *candidate;
      g_autoptr(GMatchInfo) info = NULL;
      gsize from, to;

      if (m->person < 0)
        continue;
      person = g_ptr_array_index (entity->people, m->person);
      if (g_hash_table_contains (seen, person->name))
        {
          /* a later mention may still say that they led the delegation */
          for (guint j = 0; j < ex->people->len; j++)
            {
              candidate = g_ptr_array_index (ex->people, j);
              if (g_str_equal (candidate->name, person->name) && candidate->category == NULL)
                goto check_delegation;
            }
          continue;
        }
      g_hash_table_add (seen, person->name);
      candidate = briefing_candidate_new (BRIEFING_CANDIDATE_PERSON);
      candidate->name = g_strdup (person->name);
      candidate->title = g_strdup (person->title);
      candidate->party = g_strdup (ex->party_ids[m->entity]);
      candidate->confidence = 0.8;
      briefing_candidate_set_quote (candidate, ex->text, m->start, m->end);
      g_ptr_array_add (ex->people, candidate);

    check_delegation:
      /* "led by Vladimir Medinsky", "Rustem Umerov, who led Kyiv's delegation" */
      from = m->start > 60 ? m->start - 60 : 0;
      to = MIN (ex->length, m->end + 40);
      if (ex->rules->delegation_cue != NULL &&
          g_regex_match_full (ex->rules->delegation_cue, ex->text, to, from, 0, &info, NULL))
        {
          for (; g_match_info_matches (info); g_match_info_next (info, NULL))
            {
              int start, end;

              g_match_info_fetch_pos (info, 0, &start, &end);
              if (((gsize) end <= m->start && m->start - end <= 30) ||
                  ((gsize) start >= m->end && start - m->end <= 30))
                {
                  g_free (candidate->category);
                  candidate->category = g_strdup ("delegation-head");
                  briefing_candidate_set_quote (candidate, ex->text, MIN ((gsize) start, m->start),
                                                MAX ((gsize) end, m->end));
                  break;
                }
            }
        }
    }
}


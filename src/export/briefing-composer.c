/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-composer"

#include "config.h"

#include "briefing-i18n.h"
#include <string.h>

#include "briefing-composition-private.h"
#include "briefing-position.h"

/* What the composer knows while it works; see briefing-composition.h for the rules it follows. */
typedef struct
{
  /* borrowed */
  BriefingBundle              *bundle;
  const BriefingExportOptions *options;
  BriefingComposition         *composition;

  /* owned */
  BriefingSourceTable         *sources;
  GPtrArray                   *events_in_order;  /* of BriefingEvent: all of the bundle's */
  GPtrArray                   *shown;            /* of BriefingEvent (borrowed), in time order */
  GHashTable                  *shown_events;     /* id → rank in events_in_order + 1 */
  GHashTable                  *shown_parties;    /* id → BriefingParty */
  GHashTable                  *shown_demands;    /* id set */
  GHashTable                  *recent;           /* ids of the events shown from the latest round on */
  GPtrArray                   *recent_positions; /* of GListModel: briefing_positions_at() each of them */
  GHashTable                  *position_indexes; /* GListModel (ref) → (BriefingDemand → BriefingPosition) */
} Composer;

static void
composer_clear (Composer *self)
{
  g_clear_pointer (&self->sources, briefing_source_table_free);
  g_clear_pointer (&self->events_in_order, g_ptr_array_unref);
  g_clear_pointer (&self->shown, g_ptr_array_unref);
  g_clear_pointer (&self->shown_events, g_hash_table_unref);
  g_clear_pointer (&self->shown_parties, g_hash_table_unref);
  g_clear_pointer (&self->shown_demands, g_hash_table_unref);
  g_clear_pointer (&self->recent, g_hash_table_unref);
  g_clear_pointer (&self->recent_positions, g_ptr_array_unref);
  g_clear_pointer (&self->position_indexes, g_hash_table_unref);
}

static gboolean
wants (Composer         *self,
       BriefingSections  section)
{
  return (self->options->sections & section) != 0;
}

static gboolean
strv_contains (char       **strv,
               const char  *s)
{
  return strv != NULL && g_strv_contains ((const char * const *) strv, s);
}

/* Every word the composer writes, in one place. */

typedef enum
{
  BUCKET_AGREED,
  BUCKET_NOT_AGREED,
  BUCKET_OPEN,
  N_BUCKETS
} Bucket;

static Bucket
bucket_of (BriefingOutcomeStatus status)
{
  switch (status)
    {
    case BRIEFING_OUTCOME_STATUS_AGREED: return BUCKET_AGREED;
    case BRIEFING_OUTCOME_STATUS_REJECTED: return BUCKET_NOT_AGREED;
    case BRIEFING_OUTCOME_STATUS_DISCUSSED:
    case BRIEFING_OUTCOME_STATUS_PROPOSED:
    case BRIEFING_OUTCOME_STATUS_PENDING:
    default: return BUCKET_OPEN;
    }
}

static char *
bucket_sentence (Bucket      bucket,
                 const char *items)
{
  switch (bucket)
    {
    /* Translators: the bottom line of a briefing; %s is a list of outcomes of the latest round */
    case BUCKET_AGREED: return g_strdup_printf (C_("bottom line", "Agreed: %s."), items);
    /* Translators: outcomes refused or not agreed at the latest round */
    case BUCKET_NOT_AGREED: return g_strdup_printf (C_("bottom line", "Not agreed: %s."), items);
    /* Translators: outcomes proposed, discussed or left pending at the latest round */
    case BUCKET_OPEN:
    case N_BUCKETS:
    default: return g_strdup_printf (C_("bottom line", "Pending or proposed: %s."), items);
    }
}

static const char *
outcome_separator (void)
{
  /* Translators: what separates the outcomes listed in one sentence of the bottom line */
  return C_("bottom line", "; ");
}

static char *
response_sentence (BriefingParty  *party,
                   BriefingStance  stance,
                   const char     *note)
{
  const char *name = briefing_party_get_name (party);
  g_autofree char *sentence = NULL;

  switch (stance)
    {
    /* Translators: how a party answered a demand, in a briefing; %s is the party's name */
    case BRIEFING_STANCE_ACCEPTS: sentence = g_strdup_printf (C_("response", "%s accepts."), name); break;
    case BRIEFING_STANCE_REJECTS: sentence = g_strdup_printf (C_("response", "%s rejects."), name); break;
    case BRIEFING_STANCE_CONDITIONAL:
      sentence = g_strdup_printf (C_("response", "%s accepts with conditions."), name);
      break;
    case BRIEFING_STANCE_UNKNOWN:
    default: sentence = g_strdup_printf (C_("response", "%s has given no clear answer."), name); break;
    }

  if (note == NULL || note[0] == '\0')
    return g_steal_pointer (&sentence);
  /* Translators: a party's answer to a demand, then the note about it */
  return g_strdup_printf (C_("response", "%s %s"), sentence, note);
}

/* Parties */

static void
compose_parties (Composer *self)
{
  static const BriefingPartyRole roles[] = {
    BRIEFING_PARTY_ROLE_PARTY, BRIEFING_PARTY_ROLE_MEDIATOR,
    BRIEFING_PARTY_ROLE_HOST, BRIEFING_PARTY_ROLE_OBSERVER,
  };
  GListModel *parties = briefing_bundle_get_parties (self->bundle);

  for (guint r = 0; r < G_N_ELEMENTS (roles); r++)
    for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
      {
        g_autoptr(BriefingParty) party = g_list_model_get_item (parties, i);
        const char *id = briefing_party_get_id (party);

        if (briefing_party_get_role (party) != roles[r] ||
            (self->options->party_ids != NULL && !strv_contains (self->options->party_ids, id)))
          continue;
        g_ptr_array_add (self->composition->parties, g_object_ref (party));
        g_hash_table_insert (self->shown_parties, (gpointer) id, party);
      }
}

/* Events */

static void
event_span (BriefingEvent *event,
            gint64        *start,
            gint64        *end)
{
  BriefingDate display_start = briefing_event_get_display_start (event);
  const BriefingDate *last = briefing_event_get_end (event);
  gint64 duration = briefing_event_get_duration (event);
  gint64 ignored;

  briefing_composer_date_span (&display_start, start, end);
  if (last != NULL && briefing_date_is_set (last))
    briefing_composer_date_span (last, &ignored, end);
  if (duration > 0)
    *end = MAX (*end, *start + duration);
}

static gboolean
involves_shown_party (Composer      *self,
                      BriefingEvent *event)
{
  GPtrArray *participants = briefing_event_get_participants (event);
  GPtrArray *mediators = briefing_event_get_mediators (event);

  if (participants->len == 0 && mediators->len == 0 && briefing_event_get_host (event) == NULL)
    return TRUE;

  for (guint i = 0; i < self->composition->parties->len; i++)
    if (briefing_event_involves (event, briefing_party_get_id (self->composition->parties->pdata[i])))
      return TRUE;
  return FALSE;
}

static gboolean
is_event_in_range (Composer      *self,
                   BriefingEvent *event)
{
  const BriefingExportOptions *options = self->options;
  gint64 start, end, from_start, from_end, to_start, to_end;

  event_span (event, &start, &end);
  if (briefing_date_is_set (&options->from))
    {
      briefing_composer_date_span (&options->from, &from_start, &from_end);
      if (end <= from_start)
        return FALSE;
    }
  if (briefing_date_is_set (&options->to))
    {
      briefing_composer_date_span (&options->to, &to_start, &to_end);
      if (start >= to_end)
        return FALSE;
    }
  return TRUE;
}

static void
select_events (Composer *self)
{
  for (guint i = 0; i < self->events_in_order->len; i++)
    {
      BriefingEvent *event = self->events_in_order->pdata[i];
      const char *id = briefing_event_get_id (event);

      if (!is_event_in_range (self, event) ||
          (self->options->event_ids != NULL && !strv_contains (self->options->event_ids, id)) ||
          (self->options->party_ids != NULL && !involves_shown_party (self, event)))
        continue;

      g_ptr_array_add (self->shown, event);
      g_hash_table_insert (self->shown_events, (gpointer) id, GUINT_TO_POINTER (i + 1));
    }
}

static void
compose_period (Composer *self)
{
  BriefingComposition *composition = self->composition;
  gint64 latest = G_MININT64;

  if (self->shown->len == 0)
    return;

  composition->period_start = briefing_event_get_display_start (self->shown->pdata[0]);
  for (guint i = 0; i < self->shown->len; i++)
    {
      BriefingEvent *event = self->shown->pdata[i];
      const BriefingDate *end = briefing_event_get_end (event);
      BriefingDate last = briefing_event_get_display_start (event);
      gint64 start, stop;

      if (end != NULL && briefing_date_is_set (end))
        last = *end;
      briefing_composer_date_span (&last, &start, &stop);
      if (stop > latest)
        {
          latest = stop;
          composition->period_end = last;
        }
    }
}

/* The sources of a thing and of the dispute about it. */
static void
cite (Composer        *self,
      GPtrArray       *citations,
      BriefingDispute *disputed,
      GArray          *sources)
{
  briefing_source_table_cite (self->sources, citations, sources);
  if (disputed != NULL)
    briefing_source_table_cite (self->sources, briefing_dispute_get_citations (disputed), sources);
}

static char *
dup_dispute_note (BriefingDispute *disputed)
{
  return disputed != NULL ? g_strdup (briefing_dispute_get_note (disputed)) : NULL;
}

static void
add_parties (Composer  *self,
             GPtrArray *ids,
             GPtrArray *parties)
{
  for (guint i = 0; i < ids->len; i++)
    {
      BriefingParty *party = g_hash_table_lookup (self->shown_parties, ids->pdata[i]);

      if (party != NULL)
        g_ptr_array_add (parties, g_object_ref (party));
    }
}

static void
compose_timeline (Composer *self)
{
  for (guint i = 0; i < self->shown->len; i++)
    {
      BriefingEvent *event = self->shown->pdata[i];
      BriefingComposedEvent *composed = briefing_composed_event_new (event);
      GPtrArray *outcomes = briefing_event_get_outcomes (event);

      add_parties (self, briefing_event_get_participants (event), composed->participants);
      add_parties (self, briefing_event_get_mediators (event), composed->mediators);
      cite (self, briefing_event_get_citations (event), briefing_event_get_disputed (event), composed->sources);
      composed->disputed = dup_dispute_note (briefing_event_get_disputed (event));

      for (guint j = 0; j < outcomes->len; j++)
        {
          BriefingOutcome *outcome = outcomes->pdata[j];
          BriefingComposedOutcome *composed_outcome = g_new0 (BriefingComposedOutcome, 1);

          composed_outcome->status = briefing_outcome_get_status (outcome);
          composed_outcome->statement = briefing_statement_new (briefing_outcome_get_text (outcome));
          cite (self, briefing_outcome_get_citations (outcome), briefing_outcome_get_disputed (outcome),
                composed_outcome->statement->sources);
          composed_outcome->disputed = dup_dispute_note (briefing_outcome_get_disputed (outcome));
          g_ptr_array_add (composed->outcomes, composed_outcome);
        }

      g_ptr_array_add (self->composition->events, composed);
    }
}

/* Bottom line */

/* The last talks event shown, and the events shown from it on: what is new since the round before. */
static void
find_latest_round (Composer *self)
{
  BriefingComposition *composition = self->composition;
  guint first_recent = self->shown->len;

  for (guint i = self->shown->len; i > 0 && composition->latest_round == NULL; i--)
    if (briefing_event_get_kind (self->shown->pdata[i - 1]) == BRIEFING_EVENT_KIND_TALKS)
      {
        composition->latest_round = g_object_ref (self->shown->pdata[i - 1]);
        first_recent = i - 1;
      }
  /* Without a round, what happened at the last event is what is new. */
  if (composition->latest_round == NULL && self->shown->len > 0)
    first_recent = self->shown->len - 1;

  for (guint i = first_recent; i < self->shown->len; i++)
    {
      g_hash_table_add (self->recent, (gpointer) briefing_event_get_id (self->shown->pdata[i]));
      g_ptr_array_add (self->recent_positions, briefing_positions_at (self->bundle, self->shown->pdata[i]));
    }
}

static void
compose_bottom_line (Composer *self)
{
  BriefingComposition *composition = self->composition;
  GPtrArray *outcomes;

  if (self->options->summary != NULL && self->options->summary[0] != '\0')
    composition->summary = g_strdup (self->options->summary);

  if (composition->latest_round == NULL)
    return;

  outcomes = briefing_event_get_outcomes (composition->latest_round);
  for (Bucket bucket = 0; bucket < N_BUCKETS; bucket++)
    {
      g_autoptr(GString) items = g_string_new (NULL);
      g_autoptr(GArray) sources = briefing_sources_new ();
      BriefingStatement *statement;
      g_autofree char *text = NULL;

      for (guint i = 0; i < outcomes->len; i++)
        {
          BriefingOutcome *outcome = outcomes->pdata[i];
          const char *item = briefing_outcome_get_text (outcome);
          gsize len = strlen (item);

          if (bucket_of (briefing_outcome_get_status (outcome)) != bucket)
            continue;

          if (items->len > 0)
            g_string_append (items, outcome_separator ());
          /* The sentence ends with its own full stop. */
          g_string_append_len (items, item, len > 0 && item[len - 1] == '.' ? len - 1 : len);
          cite (self, briefing_outcome_get_citations (outcome), briefing_outcome_get_disputed (outcome),
                sources);
        }
      if (items->len == 0)
        continue;

      text = bucket_sentence (bucket, items->str);
      statement = briefing_statement_new (text);
      g_array_append_vals (statement->sources, sources->data, sources->len);
      g_ptr_array_add (composition->bottom_line, statement);
    }
}

/* Positions */

static void
compose_responses (Composer               *self,
                   BriefingPosition       *position,
                   BriefingComposedDemand *composed)
{
  BriefingComposition *composition = self->composition;
  const char *demand_party = briefing_demand_get_party (composed->demand);

  for (guint i = 0; i < composition->parties->len; i++)
    {
      BriefingParty *party = composition->parties->pdata[i];
      BriefingResponse *response;
      BriefingComposedResponse *composed_response;

      if (g_strcmp0 (briefing_party_get_id (party), demand_party) == 0 ||
          (response = briefing_position_get_response (position, briefing_party_get_id (party))) == NULL)
        continue;

      composed_response = g_new0 (BriefingComposedResponse, 1);
      composed_response->party = g_object_ref (party);
      composed_response->stance = briefing_response_get_stance (response);
      composed_response->note = g_strdup (briefing_response_get_note (response));
      composed_response->changed = g_hash_table_contains (self->recent, briefing_response_get_event (response));
      composed_response->statement = briefing_statement_new (NULL);
      composed_response->statement->text = response_sentence (party, composed_response->stance,
                                                              composed_response->note);
      cite (self, briefing_response_get_citations (response), briefing_response_get_disputed (response),
            composed_response->statement->sources);
      g_ptr_array_add (composed->responses, composed_response);
    }
}

static BriefingPosition *
find_position (GListModel     *positions,
               BriefingDemand *demand)
{
  for (guint i = 0; i < g_list_model_get_n_items (positions); i++)
    {
      g_autoptr(BriefingPosition) position = g_list_model_get_item (positions, i);

      if (briefing_position_get_demand (position) == demand)
        return g_steal_pointer (&position);
    }
  return NULL;
}

/* As find_position(), through an index of @positions made once: a briefing asks each model of
 * positions about every demand, which is quadratic in a bundle of thousands of demands. */
static BriefingPosition *
find_indexed_position (Composer       *self,
                       GListModel     *positions,
                       BriefingDemand *demand)
{
  GHashTable *index;
  BriefingPosition *position;

  if (self->position_indexes == NULL)
    self->position_indexes = g_hash_table_new_full (g_direct_hash, g_direct_equal, g_object_unref,
                                                    (GDestroyNotify) g_hash_table_unref);
  index = g_hash_table_lookup (self->position_indexes, positions);
  if (index == NULL)
    {
      index = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_object_unref);
      for (guint i = 0; i < g_list_model_get_n_items (positions); i++)
        {
          BriefingPosition *item = g_list_model_get_item (positions, i);
          BriefingDemand *of = briefing_position_get_demand (item);

          /* The first position of a demand wins, as in find_position(). */
          if (g_hash_table_contains (index, of))
            g_object_unref (item);
          else
            g_hash_table_insert (index, of, item);
        }
      g_hash_table_insert (self->position_indexes, g_object_ref (positions), index);
    }

  position = g_hash_table_lookup (index, demand);
  return position != NULL ? g_object_ref (position) : NULL;
}

/* The position of @demand as the briefing shows it: as of the last event shown, or, for a demand
 * dropped during the period, as of the event where it was dropped. NULL when it is not shown. */
static BriefingPosition *
position_of (Composer       *self,
             GListModel     *positions,
             BriefingDemand *demand)
{
  const char *withdrawn = briefing_demand_get_withdrawn (demand);
  BriefingEvent *event;
  g_autoptr(GListModel) then = NULL;
  guint first_rank, withdrawn_rank = 0;
  BriefingPosition *position = find_indexed_position (self, positions, demand);

  if (position != NULL || withdrawn == NULL)
    return position;

  first_rank = GPOINTER_TO_UINT (g_hash_table_lookup (self->shown_events,
                                                      briefing_event_get_id (self->shown->pdata[0])));
  for (guint i = 0; i < self->events_in_order->len && withdrawn_rank == 0; i++)
    if (g_str_equal (briefing_event_get_id (self->events_in_order->pdata[i]), withdrawn))
      withdrawn_rank = i + 1;
  if (withdrawn_rank < first_rank)
    return NULL;

  event = briefing_bundle_lookup_event (self->bundle, withdrawn);
  then = briefing_positions_at (self->bundle, event);
  position = find_position (then, demand);
  if (position != NULL && briefing_position_get_change (position) != BRIEFING_CHANGE_DROPPED)
    g_clear_object (&position);
  return position;
}

/* How @demand moved at the latest round and after it: dropped, new, said again, answered — the
 * first of these that happened at one of those events. */
static BriefingChange
recent_change (Composer         *self,
               BriefingDemand   *demand,
               BriefingPosition *position)
{
  static const BriefingChange precedence[] = {
    BRIEFING_CHANGE_DROPPED, BRIEFING_CHANGE_NEW, BRIEFING_CHANGE_REITERATED, BRIEFING_CHANGE_ANSWERED,
  };
  guint seen = 0;

  /* A demand dropped during the period is shown as it was when it was dropped. */
  if (briefing_position_get_change (position) == BRIEFING_CHANGE_DROPPED)
    return BRIEFING_CHANGE_DROPPED;

  for (guint i = 0; i < self->recent_positions->len; i++)
    {
      g_autoptr(BriefingPosition) then = find_indexed_position (self, self->recent_positions->pdata[i], demand);

      if (then != NULL)
        seen |= 1 << briefing_position_get_change (then);
    }

  for (guint i = 0; i < G_N_ELEMENTS (precedence); i++)
    if (seen & (1 << precedence[i]))
      return precedence[i];
  return BRIEFING_CHANGE_NONE;
}

static void
compose_convergence (Composer *self)
{
  BriefingComposition *composition = self->composition;
  const char * const *categories;
  GPtrArray *columns;
  g_autoptr(GStrvBuilder) issues = g_strv_builder_new ();

  composition->convergence = briefing_convergence_new (self->bundle, composition->positions_at);
  columns = briefing_convergence_get_parties (composition->convergence);
  for (guint i = 0; i < composition->parties->len; i++)
    {
      guint index;

      if (g_ptr_array_find (columns, composition->parties->pdata[i], &index))
        g_ptr_array_add (composition->convergence_parties, g_object_ref (composition->parties->pdata[i]));
    }

  categories = briefing_convergence_get_categories (composition->convergence);
  for (guint i = 0; categories[i] != NULL; i++)
    for (guint j = 0; j < composition->convergence_parties->len; j++)
      {
        const char *party_id = briefing_party_get_id (composition->convergence_parties->pdata[j]);

        if (briefing_convergence_get_standing (composition->convergence, categories[i], party_id) !=
            BRIEFING_STANDING_NONE)
          {
            g_strv_builder_add (issues, categories[i]);
            break;
          }
      }
  g_strfreev (composition->convergence_issues);
  composition->convergence_issues = g_strv_builder_end (issues);
}

/* Decides which demands the briefing shows (for notes on them too), and composes them when the
 * Positions section is asked for. */
static void
compose_positions (Composer *self)
{
  BriefingComposition *composition = self->composition;
  GListModel *demands = briefing_bundle_get_demands (self->bundle);
  g_autoptr(GListModel) positions = NULL;
  BriefingEvent *at;

  if (self->shown->len == 0)
    return;

  at = self->shown->pdata[self->shown->len - 1];
  positions = briefing_positions_at (self->bundle, at);
  if (wants (self, BRIEFING_SECTION_POSITIONS))
    composition->positions_at = g_object_ref (at);

  for (guint p = 0; p < composition->parties->len; p++)
    {
      BriefingParty *party = composition->parties->pdata[p];
      BriefingComposedParty *composed_party = briefing_composed_party_new (party);

      for (guint i = 0; i < g_list_model_get_n_items (demands); i++)
        {
          g_autoptr(BriefingDemand) demand = g_list_model_get_item (demands, i);
          g_autoptr(BriefingPosition) position = NULL;
          BriefingComposedDemand *composed;

          if (g_strcmp0 (briefing_demand_get_party (demand), briefing_party_get_id (party)) != 0 ||
              (position = position_of (self, positions, demand)) == NULL)
            continue;

          g_hash_table_add (self->shown_demands, (gpointer) briefing_demand_get_id (demand));
          if (!wants (self, BRIEFING_SECTION_POSITIONS))
            continue;

          composed = briefing_composed_demand_new (demand);
          composed->change = recent_change (self, demand, position);
          composed->disputed = dup_dispute_note (briefing_demand_get_disputed (demand));
          cite (self, briefing_demand_get_citations (demand), briefing_demand_get_disputed (demand),
                composed->statement->sources);
          compose_responses (self, position, composed);
          g_ptr_array_add (composed_party->demands, composed);
        }

      if (composed_party->demands->len > 0)
        g_ptr_array_add (composition->positions, composed_party);
      else
        briefing_composed_party_free (composed_party);
    }

  if (wants (self, BRIEFING_SECTION_POSITIONS))
    compose_convergence (self);
}

BriefingComposition *
briefing_compose (BriefingBundle              *bundle,
                  BriefingAnnotationStore     *annotations,
                  const BriefingExportOptions *options)
{
  BriefingExportOptions defaults;
  BriefingComposition *composition;
  Composer self = { 0 };

  g_return_val_if_fail (BRIEFING_IS_BUNDLE (bundle), NULL);
  g_return_val_if_fail (annotations == NULL || BRIEFING_IS_ANNOTATION_STORE (annotations), NULL);

  if (options == NULL)
    {
      briefing_export_options_init (&defaults);
      options = &defaults;
    }

  composition = briefing_composition_new (bundle);
  composition->sections = options->sections & BRIEFING_SECTION_ALL;
  composition->grouping = options->grouping;
  if (options->title != NULL && options->title[0] != '\0')
    composition->title = g_strdup (options->title);
  else
    composition->title = g_strdup (briefing_bundle_get_title (bundle));
  if (briefing_date_is_set (&options->date))
    composition->date = options->date;
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

      composition->date = briefing_date_from_date_time (now);
      composition->date = briefing_date_coarsen (&composition->date, BRIEFING_DATE_PRECISION_DAY);
    }
  if (composition->sections & BRIEFING_SECTION_COVER)
    {
      composition->subject = g_strdup (briefing_bundle_get_description (bundle));
      if (options->prepared_by != NULL && options->prepared_by[0] != '\0')
        composition->prepared_by = g_strdup (options->prepared_by);
    }

  /* A language Briefing cannot speak was refused before (briefing_catalog_get()); should its
   * translations have gone since, the briefing is in the interface's language. */
  if (options->language != NULL)
    {
      g_autoptr(GError) error = NULL;

      composition->catalog = briefing_catalog_get (options->language, &error);
      if (composition->catalog == NULL)
        g_warning ("%s", error->message);
    }
  briefing_composition_push_language (composition);

  self.bundle = bundle;
  self.options = options;
  self.composition = composition;
  self.sources = briefing_source_table_new (bundle, (composition->sections & BRIEFING_SECTION_SOURCES) != 0);
  self.events_in_order = briefing_bundle_dup_events_in_order (bundle);
  self.shown = g_ptr_array_new ();
  self.shown_events = g_hash_table_new (g_str_hash, g_str_equal);
  self.shown_parties = g_hash_table_new (g_str_hash, g_str_equal);
  self.shown_demands = g_hash_table_new (g_str_hash, g_str_equal);
  self.recent = g_hash_table_new (g_str_hash, g_str_equal);
  self.recent_positions = g_ptr_array_new_with_free_func (g_object_unref);

  compose_parties (&self);
  select_events (&self);
  compose_period (&self);
  find_latest_round (&self);

  /* In the order of the sections, so that sources are numbered as a reader meets them. */
  if (wants (&self, BRIEFING_SECTION_BOTTOM_LINE))
    compose_bottom_line (&self);
  if (wants (&self, BRIEFING_SECTION_TIMELINE))
    compose_timeline (&self);
  compose_positions (&self);
  if (annotations != NULL)
    briefing_compose_notes (composition, annotations, options, self.shown_events, self.shown_demands,
                            self.sources);

  g_ptr_array_unref (composition->sources);
  composition->sources = briefing_source_table_steal_sources (self.sources);

  composer_clear (&self);
  briefing_translation_pop ();
  return composition;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-event"

#include "config.h"

#include "briefing-enum-types.h"
#include "briefing-event.h"
#include "briefing-util-private.h"

struct _BriefingEvent
{
  GObject                parent_instance;

  char                  *id;
  char                  *title;
  char                  *description;
  char                  *location;
  char                  *host;              /* party id */
  GPtrArray             *participants;      /* party ids */
  GPtrArray             *mediators;         /* party ids */
  GPtrArray             *delegation_heads;  /* BriefingPerson */
  GPtrArray             *outcomes;
  GPtrArray             *citations;
  BriefingDispute       *disputed;

  BriefingDate           start;
  BriefingDate           end;
  gint64                 duration;          /* seconds, -1 when not stated */
  guint                  round;
  BriefingEventKind      kind;
  BriefingDatePrecision  precision;

  guint                  has_end : 1;
  guint                  has_precision : 1;
};

G_DEFINE_FINAL_TYPE (BriefingEvent, briefing_event, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_KIND,
  PROP_TITLE,
  PROP_DESCRIPTION,
  PROP_START,
  PROP_END,
  PROP_DURATION,
  PROP_PRECISION,
  PROP_ROUND,
  PROP_LOCATION,
  PROP_HOST,
  PROP_DISPUTED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
string_array_contains (GPtrArray  *array,
                       const char *str)
{
  for (guint i = 0; i < array->len; i++)
    {
      if (g_strcmp0 (g_ptr_array_index (array, i), str) == 0)
        return TRUE;
    }

  return FALSE;
}

static void
briefing_event_finalize (GObject *object)
{
  BriefingEvent *self = (BriefingEvent *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->location, g_free);
  g_clear_pointer (&self->host, g_free);
  g_clear_pointer (&self->participants, g_ptr_array_unref);
  g_clear_pointer (&self->mediators, g_ptr_array_unref);
  g_clear_pointer (&self->delegation_heads, g_ptr_array_unref);
  g_clear_pointer (&self->outcomes, g_ptr_array_unref);
  g_clear_pointer (&self->citations, g_ptr_array_unref);
  g_clear_object (&self->disputed);

  G_OBJECT_CLASS (briefing_event_parent_class)->finalize (object);
}

static void
briefing_event_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  BriefingEvent *self = BRIEFING_EVENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    case PROP_START:
      g_value_set_boxed (value, &self->start);
      break;

    case PROP_END:
      g_value_set_boxed (value, briefing_event_get_end (self));
      break;

    case PROP_DURATION:
      g_value_set_int64 (value, self->duration);
      break;

    case PROP_PRECISION:
      g_value_set_enum (value, briefing_event_get_precision (self));
      break;

    case PROP_ROUND:
      g_value_set_uint (value, self->round);
      break;

    case PROP_LOCATION:
      g_value_set_string (value, self->location);
      break;

    case PROP_HOST:
      g_value_set_string (value, self->host);
      break;

    case PROP_DISPUTED:
      g_value_set_object (value, self->disputed);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_event_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  BriefingEvent *self = BRIEFING_EVENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;

    case PROP_KIND:
      briefing_event_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_TITLE:
      briefing_event_set_title (self, g_value_get_string (value));
      break;

    case PROP_DESCRIPTION:
      briefing_event_set_description (self, g_value_get_string (value));
      break;

    case PROP_START:
      briefing_event_set_start (self, g_value_get_boxed (value));
      break;

    case PROP_END:
      briefing_event_set_end (self, g_value_get_boxed (value));
      break;

    case PROP_DURATION:
      briefing_event_set_duration (self, g_value_get_int64 (value));
      break;

    case PROP_PRECISION:
      briefing_event_set_precision (self, g_value_get_enum (value));
      break;

    case PROP_ROUND:
      briefing_event_set_round (self, g_value_get_uint (value));
      break;

    case PROP_LOCATION:
      briefing_event_set_location (self, g_value_get_string (value));
      break;

    case PROP_HOST:
      briefing_event_set_host (self, g_value_get_string (value));
      break;

    case PROP_DISPUTED:
      briefing_event_set_disputed (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_event_class_init (BriefingEventClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = briefing_event_finalize;
  object_class->get_property = briefing_event_get_property;
  object_class->set_property = briefing_event_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       BRIEFING_TYPE_EVENT_KIND,
                       BRIEFING_EVENT_KIND_OTHER,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_START] =
    g_param_spec_boxed ("start", NULL, NULL,
                        BRIEFING_TYPE_DATE,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* NULL when the event has no end date. */
  properties[PROP_END] =
    g_param_spec_boxed ("end", NULL, NULL,
                        BRIEFING_TYPE_DATE,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_DURATION] =
    g_param_spec_int64 ("duration", NULL, NULL,
                        -1, G_MAXINT64, -1,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Reads the effective precision; writing it states one explicitly. */
  properties[PROP_PRECISION] =
    g_param_spec_enum ("precision", NULL, NULL,
                       BRIEFING_TYPE_DATE_PRECISION,
                       BRIEFING_DATE_PRECISION_YEAR,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ROUND] =
    g_param_spec_uint ("round", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_LOCATION] =
    g_param_spec_string ("location", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The id of the host party. */
  properties[PROP_HOST] =
    g_param_spec_string ("host", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_DISPUTED] =
    g_param_spec_object ("disputed", NULL, NULL,
                         BRIEFING_TYPE_DISPUTE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
briefing_event_init (BriefingEvent *self)
{
  self->kind = BRIEFING_EVENT_KIND_OTHER;
  self->duration = -1;
  self->participants = g_ptr_array_new_with_free_func (g_free);
  self->mediators = g_ptr_array_new_with_free_func (g_free);
  self->delegation_heads = g_ptr_array_new_with_free_func ((GDestroyNotify) briefing_person_free);
  self->outcomes = g_ptr_array_new_with_free_func (g_object_unref);
  self->citations = g_ptr_array_new_with_free_func (g_object_unref);
}

BriefingEvent *
briefing_event_new (const char         *id,
                    BriefingEventKind   kind,
                    const char         *title,
                    const BriefingDate *start)
{
  g_return_val_if_fail (id != NULL, NULL);

  return g_object_new (BRIEFING_TYPE_EVENT,
                       "id", id,
                       "kind", kind,
                       "title", title,
                       "start", start,
                       NULL);
}

const char *
briefing_event_get_id (BriefingEvent *self)
{
  g_return_val_if_fail (BRIEFING_IS_EVENT (self), NULL);

  return self->id;
}

BriefingEventKind
briefing_event_get_kind (BriefingEvent *self)
{
  g_return_val_if_fail (BRIEFING_IS_EVENT (self), BRIEFING_EVENT_KIND_OTHER);

  return self->kind;
}

void
briefing_event_set_kind (BriefingEvent     *self,
                         BriefingEventKind  kind)
{
  g_return_if_fail (BRIEFING_IS_EVENT (self));

  if (self->kind == kind)
    return;

  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

const char *
briefing_event_get_title (BriefingEvent *self)
{
  g_return_val_if_fail (BRIEFING_IS_EVENT (self), NULL);

  return self->title;
}

void
briefing_event_set_title (BriefingEvent *self,
                          const char    *title)
{
  g_return_if_fail (BRIEFING_IS_EVENT (self));

  if (briefing_set_str (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
briefing_event_get_description (BriefingEvent *self)
{
  g_return_val_if_fail (BRIEFING_IS_EVENT (self), NULL);

  return self->description;
}

void
briefing_event_set_description (BriefingEvent *self,
                                const char    *description)
{
  g_return_if_fail (BRIEFING_IS_EVENT (self));

  if (briefing_set_str (&self->description, description))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

/* Never NULL: an event that was given no start has an unset one (see briefing_date_is_set()). */
const BriefingDate *
briefing_event_get_start (BriefingEvent *self)
{
  g_return_val_if_fail (BRIEFING_IS_EVENT (self), NULL);

  return &self->start;
}

/* NULL resets the start to unset. When no precision is stated, the start's own is the
 * event's, so this may change "precision" too. */
void
briefing_event_set_start (BriefingEvent      *self,
                          const BriefingDate *start)
{
  BriefingDate date = { 0 };
  BriefingDatePrecision old_precision;

  g_return_if_fail (BRIEFING_IS_EVENT (self));

  if (start != NULL)
    date = *start;

  if (briefing_date_equal (&self->start, &date))
    return;

  old_precision = briefing_event_get_precision (self);
  self->start = date;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START]);
  if (briefing_event_get_precision (self) != old_precision)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRECISION]);
}

const BriefingDate *
briefing_event_get_end (BriefingEvent *self)
{
  g_return_val_if_fail (BRIEFING_IS_EVENT (self), NULL);

  return self->has_end ? &self->end : NULL;
}

/* NULL removes the end date. */
void
briefing_event_set_end (BriefingEvent      *self,
                        const BriefingDate *end)
{
  g_return_if_fail (BRIEFING_IS_EVENT (self));

  if (end == NULL)
    {
      if (!self->has_end)
        return;

      self->end = (BriefingDate) { 0 };
      self->has_end = FALSE;
    }
  else
    {
      if (self->has_end && briefing_date_equal (&self->end, end))
        return;

      self->end = *end;
      self->has_end = TRUE;
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END]);
}

gint64
briefing_event_get_duration (BriefingEvent *self)
{
  g_return_val_if_fail (BRIEFING_IS_EVENT (self), -1);

  return self->duration;
}

/* -1 removes the duration. */
void
briefing_event_set_duration (BriefingEvent *self,
                             gint64         seconds)
{
  g_return_if_fail (BRIEFING_IS_EVENT (self));
  g_return_if_fail (seconds >= -1);

  if (self->duration == seconds)
    return;

  self->duration = seconds;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DURATION]);
}

BriefingDatePrecision
briefing_event_get_precision (BriefingEvent *self)
{
  g_return_val_if_fail (BRIEFING_IS_EVENT (self), BRIEFING_DATE_PRECISION_DAY);

  if (self->has_precision)
    return self->precision;

  return self->start.precision;
}

gboolean
briefing_event_has_explicit_precision (BriefingEvent *self)
{
  g_return_val_if_fail (BRIEFING_IS_EVENT (self), FALSE);

  return self->has_precision;
}

/* The reader checks that a stated precision only coarsens the start; this does not. */
void
briefing_event_set_precision (BriefingEvent         *self,
                              BriefingDatePrecision  precision)
{
  BriefingDatePrecision old_precision;

  g_return_if_fail (BRIEFING_IS_EVENT (self));
  g_return_if_fail (precision <= BRIEFING_DATE_PRECISION_EXACT);

  old_precision = briefing_event_get_precision (self);
  self->precision = precision;
  self->has_precision = TRUE;

  if (precision != old_precision)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRECISION]);
}

void
briefing_event_unset_precision (BriefingEvent *self)
{
  BriefingDatePrecision old_precision;

  g_return_if_fail (BRIEFING_IS_EVENT (self));

  old_precision = briefing_event_get_precision (self);
  self->precision = 0;
  self->has_precision = FALSE;

  if (briefing_event_get_precision (self) != old_precision)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRECISION]);
}

/* The start as views show it: no more precise than the event's precision. */
BriefingDate
briefing_event_get_display_start (BriefingEvent *self)
{
  g_return_val_if_fail (BRIEFING_IS_EVENT (self), (BriefingDate) { 0 });

  return briefing_date_coarsen (&self->start, briefing_event_get_precision (self));
}

guint
briefing_event_get_round (BriefingEvent *self)
{
  g_return_val_if_fail (BRIEFING_IS_EVENT (self), 0);

  return self->round;
}

void
briefing_event_set_round (BriefingEvent *self,
                          guint          round)
{
  g_return_if_fail (BRIEFING_IS_EVENT (self));

  if (self->round == round)
    return;

  self->round = round;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROUND]);
}

const char *
briefing_event_get_location (BriefingEvent *self)
{
  g_return_val_if_fail (BRIEFING_IS_EVENT (self), NULL);

  return self->location;
}

void
briefing_event_set_location (BriefingEvent *self,
                             const char    *location)
{
  g_return_if_fail (BRIEFING_IS_EVENT (self));

  if (briefing_set_str (&self->location, location))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOCATION]);
}

const char *
briefing_event_get_host (BriefingEvent *self)
{
  g_return_val_if_fail (BRIEFING_IS_EVENT (self), NULL);

  return self->host;
}

void
briefing_event_set_host (BriefingEvent *self,
                         const char    *party_id)
{
  g_return_if_fail (BRIEFING_IS_EVENT (self));

  if (briefing_set_str (&self->host, party_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HOST]);
}

GPtrArray *
briefing_event_get_participants (BriefingEvent *self)
{
  g_return_val_if_fail (BRIEFING_IS_EVENT (self), NULL);

  return self->participants;
}

void
briefing_event_add_participant (BriefingEvent *self,
                                const char    *party_id)
{
  g_return_if_fail (BRIEFING_IS_EVENT (self));
  g_return_if_fail (party_id != NULL);

  g_ptr_array_add (self->participants, g_strdup (party_id));
}

/* Party ids. (transfer none) */
GPtrArray *
briefing_event_get_mediators (BriefingEvent *self)
{
  g_return_val_if_fail (BRIEFING_IS_EVENT (self), NULL);

  return self->mediators;
}

void
briefing_event_add_mediator (BriefingEvent *self,
                             const char    *party_id)
{
  g_return_if_fail (BRIEFING_IS_EVENT (self));
  g_return_if_fail (party_id != NULL);

  g_ptr_array_add (self->mediators, g_strdup (party_id));
}

GPtrArray *
briefing_event_get_delegation_heads (BriefingEvent *self)
{
  g_return_val_if_fail (BRIEFING_IS_EVENT (self), NULL);

  return self->delegation_heads;
}

void
briefing_event_add_delegation_head (BriefingEvent *self,
                                    const char    *party_id,
                                    const char    *name,
                                    const char    *title)
{
  g_return_if_fail (BRIEFING_IS_EVENT (self));
  g_return_if_fail (party_id != NULL);
  g_return_if_fail (name != NULL);

  g_ptr_array_add (self->delegation_heads, briefing_person_new (name, title, party_id));
}

GPtrArray *
briefing_event_get_outcomes (BriefingEvent *self)
{
  g_return_val_if_fail (BRIEFING_IS_EVENT (self), NULL);

  return self->outcomes;
}

/* The event takes its own reference on @outcome. */
void
briefing_event_add_outcome (BriefingEvent   *self,
                            BriefingOutcome *outcome)
{
  g_return_if_fail (BRIEFING_IS_EVENT (self));
  g_return_if_fail (BRIEFING_IS_OUTCOME (outcome));

  g_ptr_array_add (self->outcomes, g_object_ref (outcome));
}

GPtrArray *
briefing_event_get_citations (BriefingEvent *self)
{
  g_return_val_if_fail (BRIEFING_IS_EVENT (self), NULL);

  return self->citations;
}

/* The event takes its own reference on @citation. */
void
briefing_event_add_citation (BriefingEvent    *self,
                             BriefingCitation *citation)
{
  g_return_if_fail (BRIEFING_IS_EVENT (self));
  g_return_if_fail (BRIEFING_IS_CITATION (citation));

  g_ptr_array_add (self->citations, g_object_ref (citation));
}

/* (transfer none) (nullable) */
BriefingDispute *
briefing_event_get_disputed (BriefingEvent *self)
{
  g_return_val_if_fail (BRIEFING_IS_EVENT (self), NULL);

  return self->disputed;
}

/* Takes a new reference on @disputed; NULL clears it. */
void
briefing_event_set_disputed (BriefingEvent   *self,
                             BriefingDispute *disputed)
{
  g_return_if_fail (BRIEFING_IS_EVENT (self));
  g_return_if_fail (disputed == NULL || BRIEFING_IS_DISPUTE (disputed));

  if (g_set_object (&self->disputed, disputed))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DISPUTED]);
}

/* Whether @party_id took part in the event: as a participant, a mediator or its host. */
gboolean
briefing_event_involves (BriefingEvent *self,
                         const char    *party_id)
{
  g_return_val_if_fail (BRIEFING_IS_EVENT (self), FALSE);
  g_return_val_if_fail (party_id != NULL, FALSE);

  return g_strcmp0 (self->host, party_id) == 0 ||
         string_array_contains (self->participants, party_id) ||
         string_array_contains (self->mediators, party_id);
}

/* Orders by start, then by id, so that sorting is stable across runs. */
int
briefing_event_compare (BriefingEvent *a,
                        BriefingEvent *b)
{
  int ret;

  g_return_val_if_fail (BRIEFING_IS_EVENT (a), 0);
  g_return_val_if_fail (BRIEFING_IS_EVENT (b), 0);

  ret = briefing_date_compare (&a->start, &b->start);
  if (ret != 0)
    return ret;

  return g_strcmp0 (a->id, b->id);
}

/* NULL is equal only to NULL. */
gboolean
briefing_event_equal (BriefingEvent *a,
                      BriefingEvent *b)
{
  g_return_val_if_fail (a == NULL || BRIEFING_IS_EVENT (a), FALSE);
  g_return_val_if_fail (b == NULL || BRIEFING_IS_EVENT (b), FALSE);

  if (a == b)
    return TRUE;
  if (a == NULL || b == NULL)
    return FALSE;

  if (g_strcmp0 (a->id, b->id) != 0 ||
      a->kind != b->kind ||
      g_strcmp0 (a->title, b->title) != 0 ||
      g_strcmp0 (a->description, b->description) != 0 ||
      !briefing_date_equal (&a->start, &b->start) ||
      a->has_end != b->has_end ||
      (a->has_end && !briefing_date_equal (&a->end, &b->end)) ||
      a->duration != b->duration ||
      a->has_precision != b->has_precision ||
      (a->has_precision && a->precision != b->precision) ||
      a->round != b->round ||
      g_strcmp0 (a->location, b->location) != 0 ||
      g_strcmp0 (a->host, b->host) != 0 ||
      !briefing_str_array_equal (a->participants, b->participants) ||
      !briefing_str_array_equal (a->mediators, b->mediators))
    return FALSE;

  if (a->delegation_heads->len != b->delegation_heads->len ||
      a->outcomes->len != b->outcomes->len)
    return FALSE;

  for (guint i = 0; i < a->delegation_heads->len; i++)
    {
      if (!briefing_person_equal (g_ptr_array_index (a->delegation_heads, i),
                                  g_ptr_array_index (b->delegation_heads, i)))
        return FALSE;
    }

  for (guint i = 0; i < a->outcomes->len; i++)
    {
      if (!briefing_outcome_equal (g_ptr_array_index (a->outcomes, i),
                                   g_ptr_array_index (b->outcomes, i)))
        return FALSE;
    }

  return briefing_citation_list_equal (a->citations, b->citations) &&
         briefing_dispute_equal (a->disputed, b->disputed);
}

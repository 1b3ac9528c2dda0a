/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A briefing as composed from a bundle, the user's annotations and the user's choices: what goes in
 * and in which order, decided once by briefing_compose() (briefing-composer.c). Every output — PDF,
 * print, JSON, TimelineJS, Markdown — renders this same structure and decides nothing about content.
 * Every statement carries the numbers of its sources (1-based, in the order the sources are first
 * cited), which index the Sources section. A plain, reference-counted value; renderers read its
 * fields directly and never change them. */
#pragma once

#include "briefing-annotation-store.h"
#include "briefing-bundle.h"
#include "briefing-convergence.h"

G_BEGIN_DECLS

/* The sections of a briefing, in their order; each can be switched off. */
typedef enum
{
  BRIEFING_SECTION_COVER       = 1 << 0,
  BRIEFING_SECTION_BOTTOM_LINE = 1 << 1,
  BRIEFING_SECTION_TIMELINE    = 1 << 2,
  BRIEFING_SECTION_POSITIONS   = 1 << 3,
  BRIEFING_SECTION_QUESTIONS   = 1 << 4,
  BRIEFING_SECTION_ANNOTATIONS = 1 << 5,
  BRIEFING_SECTION_SOURCES     = 1 << 6,
  BRIEFING_SECTION_ALL         = (1 << 7) - 1,
} BriefingSections;

/* Nick of each section for command lines and JSON: "cover", "bottom-line", "timeline", "positions",
 * "questions", "annotations", "sources". Parses a comma-separated list; FALSE on an unknown name. */
const char *briefing_section_to_nick      (BriefingSections  section);
gboolean    briefing_sections_parse       (const char       *list,
                                           BriefingSections *sections,
                                           GError          **error);

typedef enum
{
  BRIEFING_GROUP_BY_COLOR,
  BRIEFING_GROUP_BY_TAG,
} BriefingAnnotationGrouping;

/* What the user asks for. Unset dates and NULL lists mean "everything". */
typedef struct
{
  BriefingSections           sections;
  BriefingDate               from;            /* events on or after; unset: from the first */
  BriefingDate               to;              /* events on or before; unset: to the last */
  char                     **event_ids;       /* only these events (NULL-terminated); NULL: all in range */
  char                     **party_ids;       /* only these parties; NULL: all */
  char                      *title;           /* NULL: the bundle's title */
  char                      *prepared_by;     /* NULL: not shown */
  BriefingDate               date;            /* the briefing's date; unset: today (UTC) */
  BriefingAnnotationGrouping grouping;
  char                      *summary;         /* the user's own bottom-line note; NULL: none */
} BriefingExportOptions;

void briefing_export_options_init  (BriefingExportOptions *options);  /* all sections, everything */
void briefing_export_options_clear (BriefingExportOptions *options);

/* One statement shown as fact, with the sources behind it. */
typedef struct
{
  char   *text;
  GArray *sources;  /* of guint: source numbers, ascending, no repeats */
} BriefingStatement;

typedef struct
{
  BriefingOutcomeStatus  status;
  BriefingStatement     *statement;
  char                  *disputed;   /* the dispute's note, or NULL */
} BriefingComposedOutcome;

typedef struct
{
  BriefingEvent *event;              /* (owned ref) */
  GPtrArray     *participants;       /* of BriefingParty (owned refs) */
  GPtrArray     *mediators;          /* of BriefingParty */
  GPtrArray     *outcomes;           /* of BriefingComposedOutcome */
  GArray        *sources;            /* of guint: sources of the event itself */
  char          *disputed;           /* the event's dispute note, or NULL */
} BriefingComposedEvent;

typedef struct
{
  BriefingParty     *party;          /* (owned ref) the party that answers */
  BriefingStance     stance;
  char              *note;           /* nullable */
  BriefingStatement *statement;      /* the answer as a sentence, with its sources */
  gboolean           changed;        /* given at the latest event of the briefing */
} BriefingComposedResponse;

typedef struct
{
  BriefingDemand    *demand;         /* (owned ref) */
  BriefingStatement *statement;      /* the demand, with its sources */
  BriefingChange     change;         /* at the latest event of the briefing */
  GPtrArray         *responses;      /* of BriefingComposedResponse, in party order */
  char              *disputed;       /* nullable */
} BriefingComposedDemand;

typedef struct
{
  BriefingParty *party;              /* (owned ref) */
  GPtrArray     *demands;            /* of BriefingComposedDemand */
} BriefingComposedParty;

typedef struct
{
  BriefingAnnotation *annotation;    /* (owned ref) */
  char               *text;          /* the question */
  char               *owner;         /* a party's name or a person's, or NULL */
  char               *about;         /* what it is attached to, e.g. an event title; nullable */
  gboolean            overdue;       /* deadline before the briefing's date */
} BriefingComposedQuestion;

typedef struct
{
  BriefingAnnotation *annotation;    /* (owned ref) */
  char               *quote;         /* the highlighted words, or NULL for notes on events/demands */
  char               *about;         /* article headline, event or demand it belongs to */
  guint               source;        /* source number of the article, 0 when none */
} BriefingComposedAnnotation;

typedef struct
{
  char      *label;                  /* the colour's meaning or the tag */
  char      *color;                  /* the colour, when grouped by colour; else NULL */
  GPtrArray *items;                  /* of BriefingComposedAnnotation */
} BriefingAnnotationGroup;

typedef struct
{
  guint            number;           /* 1-based */
  BriefingArticle *article;          /* (owned ref) */
} BriefingSource;

typedef struct
{
  int                  ref_count;

  /* What it covers */
  BriefingBundle      *bundle;        /* (owned ref) */
  BriefingSections     sections;
  char                *title;
  char                *subject;       /* the bundle's description, or NULL */
  char                *prepared_by;   /* nullable */
  BriefingDate         date;          /* of the briefing */
  BriefingDate         period_start;  /* of the events shown; unset when none */
  BriefingDate         period_end;
  GPtrArray           *parties;       /* of BriefingParty shown (owned refs), sides first */

  /* Bottom line: the latest round's outcomes in a few sentences, then the user's summary */
  BriefingEvent       *latest_round;  /* nullable (owned ref) */
  GPtrArray           *bottom_line;   /* of BriefingStatement */
  char                *summary;       /* nullable */

  /* Timeline */
  GPtrArray           *events;        /* of BriefingComposedEvent, in time order */

  /* Positions as of the last event shown, and what changed there */
  BriefingEvent       *positions_at;  /* nullable (owned ref) */
  GPtrArray           *positions;     /* of BriefingComposedParty */
  BriefingConvergence *convergence;   /* (owned ref) nullable */

  /* Open questions, by deadline (questions without one last) */
  GPtrArray           *questions;     /* of BriefingComposedQuestion */

  /* Highlights and notes, grouped */
  GPtrArray           *annotations;   /* of BriefingAnnotationGroup */

  /* Every article cited above, numbered */
  GPtrArray           *sources;       /* of BriefingSource */
} BriefingComposition;

#define BRIEFING_TYPE_COMPOSITION (briefing_composition_get_type ())

GType                briefing_composition_get_type (void) G_GNUC_CONST;
BriefingComposition *briefing_composition_ref      (BriefingComposition *composition);
void                 briefing_composition_unref    (BriefingComposition *composition);

/* Composes the briefing. @annotations may be NULL (no questions or annotations then). */
BriefingComposition *briefing_compose              (BriefingBundle              *bundle,
                                                    BriefingAnnotationStore     *annotations,
                                                    const BriefingExportOptions *options);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BriefingComposition, briefing_composition_unref)

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The closed vocabularies of the bundle format. Each value's GEnum nick is its spelling in JSON. */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  BRIEFING_PARTY_ROLE_PARTY,    /*< nick=party >*/
  BRIEFING_PARTY_ROLE_MEDIATOR, /*< nick=mediator >*/
  BRIEFING_PARTY_ROLE_HOST,     /*< nick=host >*/
  BRIEFING_PARTY_ROLE_OBSERVER, /*< nick=observer >*/
} BriefingPartyRole;

typedef enum
{
  BRIEFING_EVENT_KIND_TALKS,     /*< nick=talks >*/
  BRIEFING_EVENT_KIND_EXCHANGE,  /*< nick=exchange >*/
  BRIEFING_EVENT_KIND_PROPOSAL,  /*< nick=proposal >*/
  BRIEFING_EVENT_KIND_STATEMENT, /*< nick=statement >*/
  BRIEFING_EVENT_KIND_MILITARY,  /*< nick=military >*/
  BRIEFING_EVENT_KIND_DEADLINE,  /*< nick=deadline >*/
  BRIEFING_EVENT_KIND_OTHER,     /*< nick=other >*/
} BriefingEventKind;

typedef enum
{
  BRIEFING_OUTCOME_STATUS_AGREED,    /*< nick=agreed >*/
  BRIEFING_OUTCOME_STATUS_REJECTED,  /*< nick=rejected >*/
  BRIEFING_OUTCOME_STATUS_DISCUSSED, /*< nick=discussed >*/
  BRIEFING_OUTCOME_STATUS_PROPOSED,  /*< nick=proposed >*/
  BRIEFING_OUTCOME_STATUS_PENDING,   /*< nick=pending >*/
} BriefingOutcomeStatus;

typedef enum
{
  BRIEFING_STANCE_ACCEPTS,     /*< nick=accepts >*/
  BRIEFING_STANCE_REJECTS,     /*< nick=rejects >*/
  BRIEFING_STANCE_CONDITIONAL, /*< nick=conditional >*/
  BRIEFING_STANCE_UNKNOWN,     /*< nick=unknown >*/
} BriefingStance;

/* Admiralty source reliability; NONE when the bundle does not grade the source. */
typedef enum
{
  BRIEFING_SOURCE_GRADE_NONE, /*< nick=none >*/
  BRIEFING_SOURCE_GRADE_A,    /*< nick=A >*/
  BRIEFING_SOURCE_GRADE_B,    /*< nick=B >*/
  BRIEFING_SOURCE_GRADE_C,    /*< nick=C >*/
  BRIEFING_SOURCE_GRADE_D,    /*< nick=D >*/
  BRIEFING_SOURCE_GRADE_E,    /*< nick=E >*/
  BRIEFING_SOURCE_GRADE_F,    /*< nick=F >*/
} BriefingSourceGrade;

typedef enum
{
  BRIEFING_DATE_PRECISION_YEAR,  /*< nick=year >*/
  BRIEFING_DATE_PRECISION_MONTH, /*< nick=month >*/
  BRIEFING_DATE_PRECISION_DAY,   /*< nick=day >*/
  BRIEFING_DATE_PRECISION_EXACT, /*< nick=exact >*/
} BriefingDatePrecision;

/* How a demand stands at an event compared with before it. */
typedef enum
{
  BRIEFING_CHANGE_NONE,       /*< nick=none >*/
  BRIEFING_CHANGE_NEW,        /*< nick=new >*/
  BRIEFING_CHANGE_REITERATED, /*< nick=reiterated >*/
  BRIEFING_CHANGE_ANSWERED,   /*< nick=answered >*/
  BRIEFING_CHANGE_DROPPED,    /*< nick=dropped >*/
} BriefingChange;

/* Where a party stands on an issue (a demand category), for the convergence view. */
typedef enum
{
  BRIEFING_STANDING_NONE,        /*< nick=none >*/
  BRIEFING_STANDING_DEMANDS,     /*< nick=demands >*/
  BRIEFING_STANDING_ACCEPTS,     /*< nick=accepts >*/
  BRIEFING_STANDING_CONDITIONAL, /*< nick=conditional >*/
  BRIEFING_STANDING_REJECTS,     /*< nick=rejects >*/
  BRIEFING_STANDING_MIXED,       /*< nick=mixed >*/
  BRIEFING_STANDING_UNKNOWN,     /*< nick=unknown >*/
} BriefingStanding;

typedef enum
{
  BRIEFING_SEARCH_KIND_ARTICLE, /*< nick=article >*/
  BRIEFING_SEARCH_KIND_EVENT,   /*< nick=event >*/
  BRIEFING_SEARCH_KIND_DEMAND,  /*< nick=demand >*/
  BRIEFING_SEARCH_KIND_PARTY,   /*< nick=party >*/
} BriefingSearchKind;

/* What an annotation is for; its W3C motivation. */
typedef enum
{
  BRIEFING_ANNOTATION_KIND_HIGHLIGHT, /*< nick=highlight >*/
  BRIEFING_ANNOTATION_KIND_NOTE,      /*< nick=note >*/
  BRIEFING_ANNOTATION_KIND_QUESTION,  /*< nick=question >*/
} BriefingAnnotationKind;

/* What an annotation is attached to. */
typedef enum
{
  BRIEFING_TARGET_BUNDLE,  /*< nick=bundle >*/
  BRIEFING_TARGET_ARTICLE, /*< nick=article >*/
  BRIEFING_TARGET_EVENT,   /*< nick=event >*/
  BRIEFING_TARGET_DEMAND,  /*< nick=demand >*/
} BriefingTargetKind;

gboolean    briefing_enum_from_nick (GType       enum_type,
                                     const char *nick,
                                     int        *value);
const char *briefing_enum_to_nick   (GType       enum_type,
                                     int         value);
char       *briefing_enum_list_nicks (GType      enum_type,
                                      int        skip_value);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A side in the negotiation, a mediator, a host or an observer. Owned by its BriefingBundle. */
#pragma once

#include "briefing-enums.h"
#include "briefing-person.h"

G_BEGIN_DECLS

#define BRIEFING_TYPE_PARTY (briefing_party_get_type ())

G_DECLARE_FINAL_TYPE (BriefingParty, briefing_party, BRIEFING, PARTY, GObject)

BriefingParty     *briefing_party_new                   (const char        *id,
                                                         const char        *name,
                                                         BriefingPartyRole  role);
const char        *briefing_party_get_id                (BriefingParty     *self);
const char        *briefing_party_get_name              (BriefingParty     *self);
void               briefing_party_set_name              (BriefingParty     *self,
                                                         const char        *name);
const char        *briefing_party_get_short_name        (BriefingParty     *self);
void               briefing_party_set_short_name        (BriefingParty     *self,
                                                         const char        *short_name);
/* The short name when there is one, otherwise the name. */
const char        *briefing_party_get_label             (BriefingParty     *self);
BriefingPartyRole  briefing_party_get_role              (BriefingParty     *self);
void               briefing_party_set_role              (BriefingParty     *self,
                                                         BriefingPartyRole  role);
/* "#rrggbb" or NULL */
const char        *briefing_party_get_color             (BriefingParty     *self);
void               briefing_party_set_color             (BriefingParty     *self,
                                                         const char        *color);
const char        *briefing_party_get_reliability_notes (BriefingParty     *self);
void               briefing_party_set_reliability_notes (BriefingParty     *self,
                                                         const char        *notes);
/* (element-type BriefingPerson) (transfer none) */
GPtrArray         *briefing_party_get_representatives   (BriefingParty     *self);
void               briefing_party_add_representative    (BriefingParty     *self,
                                                         const char        *name,
                                                         const char        *title);
gboolean           briefing_party_equal                 (BriefingParty     *a,
                                                         BriefingParty     *b);

G_END_DECLS

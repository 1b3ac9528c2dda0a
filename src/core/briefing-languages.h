/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The languages Briefing speaks, and choosing one for the whole process. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  const char *code;  /* "uk": a gettext language code */
  const char *name;  /* "Українська": the language's name in itself, never translated */
} BriefingLanguage;

/* Every language Briefing is translated into, English first; @n_languages gets their number. */
const BriefingLanguage *briefing_languages_get     (guint       *n_languages);
/* The language with @code, or NULL. */
const BriefingLanguage *briefing_language_find     (const char  *code);
/* "en, uk, ru, tr, de, fr, ar", for messages. */
char                   *briefing_language_codes    (void);

/* Makes @code the language of every translated word from now on: call it before anything is
 * translated (gettext remembers what it has looked up) and before setlocale (LC_ALL, ""). Under the
 * plain C locale, which ignores $LANGUAGE, messages switch to C.UTF-8. */
void                    briefing_language_use      (const char  *code);
/* Calls setlocale (LC_ALL, "") and, when a language was chosen under the C locale, moves messages to
 * C.UTF-8 so the choice is honoured. */
void                    briefing_language_setlocale (void);
/* What a program does first: briefing_language_setlocale(), then gettext set up for Briefing's
 * catalogues (briefing_catalog_locale_dir()) in UTF-8. */
void                    briefing_language_setup     (void);

G_END_DECLS

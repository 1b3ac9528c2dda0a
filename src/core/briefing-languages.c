/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-languages"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "briefing-languages.h"
#include "briefing-translation.h"

/* Keep in step with po/LINGUAS. */
static const BriefingLanguage languages[] = {
  { "en", "English" },
  { "uk", "Українська" },
  { "ru", "Русский" },
  { "tr", "Türkçe" },
  { "de", "Deutsch" },
  { "fr", "Français" },
  { "ar", "العربية" },
};

static gboolean language_chosen;

const BriefingLanguage *
briefing_languages_get (guint *n_languages)
{
  if (n_languages != NULL)
    *n_languages = G_N_ELEMENTS (languages);
  return languages;
}

const BriefingLanguage *
briefing_language_find (const char *code)
{
  if (code == NULL)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    if (strcmp (languages[i].code, code) == 0)
      return &languages[i];
  return NULL;
}

char *
briefing_language_codes (void)
{
  GString *codes = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    g_string_append_printf (codes, "%s%s", i > 0 ? ", " : "", languages[i].code);
  return g_string_free (codes, FALSE);
}

void
briefing_language_use (const char *code)
{
  g_return_if_fail (code != NULL && code[0] != '\0');

  g_setenv ("LANGUAGE", code, TRUE);
  language_chosen = TRUE;
}

void
briefing_language_setlocale (void)
{
  const char *messages;

  setlocale (LC_ALL, "");
  messages = setlocale (LC_MESSAGES, NULL);
  if (language_chosen && messages != NULL &&
      (strcmp (messages, "C") == 0 || strcmp (messages, "POSIX") == 0))
    setlocale (LC_MESSAGES, "C.UTF-8");
}

void
briefing_language_setup (void)
{
  briefing_language_setlocale ();
  bindtextdomain (GETTEXT_PACKAGE, briefing_catalog_locale_dir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

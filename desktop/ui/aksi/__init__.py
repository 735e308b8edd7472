"""The Aksi Konvergensi page: actions per year, evidence, checklists, prevalence."""

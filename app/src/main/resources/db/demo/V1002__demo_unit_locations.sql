-- Approximate locations of the demo units (province and district police at their seats; departments inherit).
UPDATE org_unit SET latitude = 16.0678, longitude = 108.2208 WHERE code = 'CADN';
UPDATE org_unit SET latitude = 16.0621, longitude = 108.1676 WHERE code = 'HOAMINH';
UPDATE org_unit SET latitude = 16.0489, longitude = 108.1805 WHERE code = 'HOAAN';
UPDATE org_unit SET latitude = 15.9778, longitude = 108.2512 WHERE code = 'HOAQUY';
UPDATE org_unit SET latitude = 16.0776, longitude = 108.1493 WHERE code = 'HOAKHANHBAC';
UPDATE org_unit SET latitude = 16.0672, longitude = 108.1860 WHERE code = 'THANHKHETAY';
UPDATE org_unit SET latitude = 12.0035, longitude = 107.6907 WHERE code = 'CADNO';
UPDATE org_unit SET latitude = 12.0012, longitude = 107.6871 WHERE code = 'GIANGHIA';
UPDATE org_unit SET latitude = 12.6803, longitude = 107.8856 WHERE code = 'CUJUT';
UPDATE org_unit SET latitude = 11.9707, longitude = 107.6496 WHERE code = 'DAKNIA';
UPDATE org_unit SET latitude = 12.0444, longitude = 107.7328 WHERE code = 'QUANGTHANH';
UPDATE org_unit SET latitude = 12.6620, longitude = 107.8718 WHERE code = 'TAMTHANG';
UPDATE org_unit SET latitude = 12.7532, longitude = 107.9401 WHERE code = 'EAPO';

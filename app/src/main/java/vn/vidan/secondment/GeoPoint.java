package vn.vidan.secondment;

/** A place on the map, in degrees (WGS 84). */
public record GeoPoint(double latitude, double longitude) {

	private static final double EARTH_RADIUS_KM = 6371.0088;

	public GeoPoint {
		if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
			throw new IllegalArgumentException("A point needs a latitude within ±90° and a longitude within ±180°, not "
					+ latitude + ", " + longitude);
		}
	}

	/** The great-circle (haversine) distance in kilometres; roads are longer, but the order of distances holds. */
	public double distanceKm(GeoPoint other) {
		double dLat = Math.toRadians(other.latitude - latitude);
		double dLon = Math.toRadians(other.longitude - longitude);
		double a = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(Math.toRadians(latitude))
				* Math.cos(Math.toRadians(other.latitude)) * Math.pow(Math.sin(dLon / 2), 2);
		return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
	}

}

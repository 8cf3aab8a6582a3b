//! Client addresses as limits and throttles count them: an IPv4 address
//! alone, an IPv6 address by its /64 network (one subscriber usually holds a
//! whole /64, so counting single IPv6 addresses lets one client rotate
//! through billions of keys).

use std::net::IpAddr;

/// The key a client address is counted under.
pub fn network_key(ip: &str) -> String {
    match ip.parse::<IpAddr>() {
        Ok(IpAddr::V4(v4)) => v4.to_string(),
        Ok(IpAddr::V6(v6)) => match v6.to_ipv4_mapped() {
            Some(v4) => v4.to_string(),
            None => {
                let s = v6.segments();
                format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
            }
        },
        Err(_) => ip.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::network_key;

    #[test]
    fn ipv6_counts_by_its_64() {
        assert_eq!(
            network_key("2001:db8:1:2:aaaa::1"),
            network_key("2001:db8:1:2:ffff:ffff:ffff:ffff")
        );
        assert_ne!(
            network_key("2001:db8:1:2::1"),
            network_key("2001:db8:1:3::1")
        );
        assert_eq!(network_key("2001:db8:1:2::1"), "2001:db8:1:2::/64");
    }

    #[test]
    fn ipv4_counts_by_address() {
        assert_eq!(network_key("192.0.2.7"), "192.0.2.7");
        assert_eq!(network_key("::ffff:192.0.2.7"), "192.0.2.7");
        assert_ne!(network_key("192.0.2.7"), network_key("192.0.2.8"));
        assert_eq!(network_key("unknown"), "unknown");
    }
}
